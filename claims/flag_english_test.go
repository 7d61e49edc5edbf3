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
		// negatives
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
