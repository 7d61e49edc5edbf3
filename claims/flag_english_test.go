package claims

import (
	"slices"
	"testing"
)

func TestFindFlagsEnglishLeft(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // "kind|evidence" in order
	}{
		{"bn between the halves of a word", "কলকাতায় বিদ্যুৎ পরিষেবা বিচ্ছি disrupted ন্ন হয়ে পড়েছে", []string{"mixed-script|disrupted"}},
		{"bn between words", "ত্রাণ শিবিরে relief পাঠানো হয়েছে", []string{"mixed-script|relief"}},
		{"bn plural", "দক্ষিণ কোরিয়ার officials বলেছেন", []string{"mixed-script|officials"}},
		{"hi between words", "भारत ने वायुसेना के विमानों से राहत साम relief ग्री भेजी", []string{"mixed-script|relief"}},
		{"hi two words", "हजारों लोग relief camp में रह रहे हैं", []string{"mixed-script|relief camp"}},
		{"hi hospital", "घायलों को पास के hospital में भर्ती कराया गया", []string{"mixed-script|hospital"}},
		{"mr between words", "देशभरात संचार curfew बंदी लागू असून", []string{"mixed-script|curfew"}},
		{"mr inflected", "राज्यातील नि results कालाने भाजपची चिंता वाढवली", []string{"mixed-script|results"}},
		{"mr doubled consonant", "पाणी पुरवठा stopped झाला", []string{"mixed-script|stopped"}},
		// any English word, not only the common ones
		{"bn word outside the list", "মোবাইল ইন্টার internet নেট আবার চালু হয়েছে", []string{"mixed-script|internet"}},
		{"bn compound split", "চার মাসে ৫,১৭২টি অগ্নি arson সংযোগের ঘটনা ঘটেছে", []string{"mixed-script|arson"}},
		{"hi compound split", "कई इलाकों में अब भी जल logging भराव है", []string{"mixed-script|logging"}},
		{"hi word split", "54,488 लोग विस्था displaced पित होकर राहत शिविरों में", []string{"mixed-script|displaced"}},
		{"mr word outside the list", "पुराचे पाणी ओसरल्यावर गावात cholera ची साथ पसरली", []string{"mixed-script|cholera"}},
		{"bn before the danda", "নদীর বাঁধ ভেঙে গ্রামে flood।", []string{"mixed-script|flood"}},
		{"hi before the danda", "पुलिस ने जांच शुरू की है investigation।", []string{"mixed-script|investigation"}},
		{"bn after a comma", "বন্যায় ঘর ভেসে গেছে, relief শিবিরে আশ্রয় নিয়েছেন অনেকে", []string{"mixed-script|relief"}},
		{"hi opening the claim", "rescue अभियान रात भर चलता रहा", []string{"mixed-script|rescue"}},
		{"mr after a comma", "पाऊस थांबला, traffic पुन्हा सुरू झाली", []string{"mixed-script|traffic"}},
		{"bn with an ending", "ত্রাণ reliefের জন্য মানুষ লাইনে দাঁড়িয়েছে", []string{"mixed-script|reliefের"}},
		{"hi with an ending", "घायलों को hospitalमें भर्ती कराया गया", []string{"mixed-script|hospitalमें"}},
		{"mr with an ending", "गावात floodमुळे नुकसान झाले", []string{"mixed-script|floodमुळे"}},
		// negatives
		{"bn brand with an ending", "তিনি iPhoneটি কিনেছেন", nil},
		{"bn acronym with an ending", "এ বিষয়ে ISROর বিজ্ঞানীরা জানিয়েছেন", nil},
		{"hi code with an ending", "फाइल pdfमें भेजी गई", nil},
		{"en clause after a comma", "The water rose, officials said, and relief camps opened.", nil},
		{"bn comma then a name", "তিনি বলেন, Modi সরকার ব্যর্থ", nil},
		{"hi opening word before English", "update: राहत शिविर खोले गए", nil},
		{"bn via", "বিমানটি ঢাকা via দুবাই লন্ডন যাবে", nil},
		{"hi unit symbol", "हवा की रफ्तार 120 से बढ़कर एक सौ kmph तक पहुंची", nil},
		{"bn cusecs", "ব্যারেজ থেকে দুই লক্ষ cusecs জল ছাড়া হয়েছে", nil},
		{"mr web address", "अधिक माहितीसाठी www.mahagov.in या संकेतस्थळाला भेट द्या", nil},
		{"bn handle", "তিনি @pmoindia হ্যান্ডেলে লিখেছেন", nil},
		{"hi file name", "फोटो: पीटीआई (flood_relief_camp) राहत शिविर", nil},
		{"mr brand in capitals", "लोकांनी WhatsApp वर संदेश पाठवले", nil},
		{"hi abbreviation", "यह मामला बनाम etc अदालत में है", nil},
		{"bn two English words at the danda", "তিনি বলেছেন মেক ইন ইন্ডিয়া make in।", nil},
		{"bn name in Latin", "প্রধানমন্ত্রী Modi বলেছেন", nil},
		{"hi acronym", "राहत के लिए NDRF की टीमें भेजी गईं", nil},
		{"hi unit after digits", "सड़क पर १२ km लंबा जाम लगा", nil},
		{"mr quoted title", "त्यांनी 'operation rescue' असे नाव दिले", nil},
		{"bn word not in the list", "ভিডিওটি gfj শেয়ার করা হয়েছে", nil},
		{"bn English at the end", "সংবাদ সংস্থা জানিয়েছে, read more", nil},
		{"hi long English run", "उन्होंने कहा the rain has stopped in the city now और लोग लौटे", nil},
		{"en sentence", "The relief camps were full, officials said.", nil},
		{"hi two letters", "यह on है", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := flagClaim(tt.text)
			got := flagKeys(FindFlags(c))
			if !slices.Equal(got, tt.want) {
				t.Errorf("FindFlags(%q) = %q, want %q", tt.text, got, tt.want)
			}
			checkFlagSpans(t, c)
		})
	}
}

func TestIsCommonEnglish(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"relief", true}, {"results", true}, {"disrupted", true}, {"casualties", true},
		{"flooding", true}, {"planning", true}, {"rescued", true}, {"officials", true},
		{"Relief", false}, {"modi", false}, {"ndrf", false}, {"km", false}, {"g20", false}, {"xyzzy", false},
	}
	for _, tt := range tests {
		if got := isCommonEnglish(tt.word); got != tt.want {
			t.Errorf("isCommonEnglish(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

func TestLatinWordLeft(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"relief", true}, {"internet", true}, {"arson", true}, {"logging", true}, {"displaced", true},
		{"cholera", true}, {"hours", true},
		{"km", false}, {"kmph", false}, {"cusecs", false}, {"mph", false}, {"gfj", false}, {"www", false},
		{"jpg", false}, {"etc", false}, {"via", false}, {"per", false}, {"Internet", false}, {"g20", false}, {"on", false},
	}
	for _, tt := range tests {
		if got := latinWordLeft(tt.word); got != tt.want {
			t.Errorf("latinWordLeft(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}
