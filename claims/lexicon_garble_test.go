package claims

import (
	"strings"
	"testing"
)

// garbleLexicon is the default data with two people whose names hold words
// that are also common words, as a gazetteer would bring them.
func garbleLexicon(t *testing.T) *Lexicon {
	t.Helper()
	l, err := NewLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range []string{"Travis Head", "ট্রাভিস হেড", "ट्रैविस हेड", "ट्रॅव्हिस हेड"} {
		if err := l.AddAlias("Travis Head", Person, a); err != nil {
			t.Fatal(err)
		}
	}
	for _, a := range []string{"Naveen Patnaik", "নবীন পট্টনায়েক", "नवीन पटनायक"} {
		if err := l.AddAlias("Naveen Patnaik", Person, a); err != nil {
			t.Fatal(err)
		}
	}
	return l
}

func TestFindFlagsTranslatedNameWord(t *testing.T) {
	l := garbleLexicon(t)
	tests := []struct {
		name, text string
		evidence   string // "": no garbled-name flag
		noteHas    string
	}{
		{"mr surname translated", "ट्रॅव्हिस डोके याने १२० चेंडूंत १३७ धावांची खेळी केली.", "ट्रॅव्हिस डोके", `"Head" was translated as "head"`},
		{"hi surname translated", "ट्रैविस सिर ने शतक जड़ा।", "ट्रैविस सिर", `"Head"`},
		{"bn surname translated, inflected", "ট্রাভিস মাথার সেঞ্চুরিতে অস্ট্রেলিয়া জিতেছে।", "ট্রাভিস মাথার", `"Head"`},
		{"bn given name translated", "মুখ্যমন্ত্রী নতুন পট্টনায়েক ক্ষতিপূরণ ঘোষণা করেছেন।", "নতুন পট্টনায়েক", `"Naveen" was translated as "new"`},
		{"hi given name translated", "मुख्यमंत्री नया पटनायक ने मुआवजे की घोषणा की।", "नया पटनायक", `"Naveen"`},
		{"bn Un as you", "উত্তর কোরিয়ার নেতা কিম জং আপনি বলেছেন", "কিম জং আপনি", `"Un" was translated as "you"`},
		{"hi rover translated", "लैंडर से रोवर बुद्धि बाहर निकल चुका है।", "रोवर बुद्धि", `"Pragyan" was translated as "wisdom"`},
		{"mr river translated", "मोरबी येथील मच्छर नदीवरील पूल कोसळला.", "मच्छर नदीवरील", `"Machchhu"`},
		{"bn rover translated", "ল্যান্ডার থেকে রোভার প্রজ্ঞা বেরিয়ে এসেছে।", "রোভার প্রজ্ঞা", `"Pragyan"`},
		// negatives: the common word alone, the name as it is written
		{"bn unknown official as written", "মুখ্যসচিব প্রদীপ জেনা জানিয়েছেন যে উদ্ধারকাজ শেষ হয়েছে।", "", ""},
		{"hi known name with a word that is a translation", "नेपाल के प्रधानमंत्री शेर बहादुर देउबा ने शोक जताया।", "", ""},
		{"hi unknown name with a word a known name is written with", "जिलाधिकारी शेर सिंह राणा ने बताया कि राहत शिविर खोले गए।", "", ""},
		{"hi unknown name run on into a common word", "जिलाधिकारी अमित कुमार नया आदेश जारी किया।", "", ""},
		{"mr unknown name run on into a common word", "जिल्हाधिकारी अमित पाटील नवा आदेश काढला.", "", ""},
		{"mr common word read as a name after a title", "जिल्हाधिकारी डोके दुखत असल्याने रजेवर आहेत.", "", ""},
		{"bn common phrase after a title", "জাতিসংঘের মহাসচিব গভীর উদ্বেগ প্রকাশ করেছেন।", "", ""},
		{"hi common phrase after a title", "मंत्री नया कानून लाएंगे।", "", ""},
		{"hi god before a name after a title", "राष्ट्रपति भगवान बुद्ध के दर्शन करेंगे।", "", ""},
		{"mr head alone", "त्याच्या डोके दुखत होते.", "", ""},
		{"hi new alone", "सरकार ने नया कानून बनाया।", "", ""},
		{"bn new before another name", "নতুন দিল্লিতে বৈঠক হয়েছে।", "", ""},
		{"mr name as written", "ट्रॅव्हिस हेड याने शतक केले.", "", ""},
		{"bn name as written", "নবীন পট্টনায়েক ঘোষণা করেছেন।", "", ""},
		{"hi mosquito alone", "बारिश के बाद मच्छर बढ़ गए हैं।", "", ""},
		{"hi wisdom alone", "उन्होंने बुद्धि से काम लिया।", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := lexNFC(tt.text)
			c := &Claim{Text: text, Entities: l.FindEntities(text, "")}
			var got []Flag
			for _, f := range l.FindFlags(c) {
				if f.Kind == FlagGarbledName {
					got = append(got, f)
				}
			}
			if tt.evidence == "" {
				if len(got) != 0 {
					t.Errorf("FindFlags(%q) = %+v, want no garbled-name flag", text, got)
				}
				return
			}
			if len(got) != 1 || got[0].Evidence != lexNFC(tt.evidence) || !strings.Contains(got[0].Note, tt.noteHas) {
				t.Fatalf("FindFlags(%q) = %+v, want one garbled-name flag on %q saying %s", text, got, tt.evidence, tt.noteHas)
			}
			checkFlagSpans(t, c)
		})
	}
}

// TestGarbledNamesData checks the garble table: every row names its word,
// says what it was taken for and gives a translation.
func TestGarbledNamesData(t *testing.T) {
	l := DefaultLexicon()
	if len(l.garbles) < 20 {
		t.Fatalf("garbled_names.tsv has %d rows, want the table", len(l.garbles))
	}
	for _, g := range l.garbles {
		n := 0
		for _, ws := range g.words {
			n += len(ws)
		}
		if g.word == "" || g.meaning == "" || n == 0 {
			t.Errorf("row %+v: want a name word, a meaning and translations", g)
		}
	}
}

// TestFindFlagsTranslatedNames: the names of organisations, places and
// things translated word by word (calques), in each language, with the
// default data; and the same words in plain use, which are no garble.
func TestFindFlagsTranslatedNames(t *testing.T) {
	tests := []struct {
		name, text string
		evidence   string // "": no garbled-name flag
		noteHas    string
	}{
		// an organisation's name, one word or all translated
		{"bn party, inflected", "জনতা লীগের সাধারণ সম্পাদক সংবাদ সম্মেলনে কথা বলেছেন।", "জনতা লীগের", `"Awami" was translated as "people's"`},
		{"hi party", "चुनाव में जनता लीग को बहुमत मिला।", "जनता लीग", `"Awami"`},
		{"bn airline, both words", "বায়ু ভারতের একটি উড়ান বাতিল হয়েছে।", "বায়ু ভারতের", `"Air" was translated as "air", "India" was translated as "Bharat"`},
		{"hi airline", "वायु भारत की उड़ान दो घंटे देर से पहुंची।", "वायु भारत", `"Air"`},
		{"mr airline, inflected", "वायू भारतच्या विमानाने उड्डाण केले.", "वायू भारतच्या", `"Air"`},
		{"bn other party", "পাকিস্তান জনগণের পার্টি নির্বাচনে অংশ নেবে।", "পাকিস্তান জনগণের পার্টি", `"Peoples" was translated as "people's"`},
		{"en party from Bengali", "The Grassroots Congress won 29 of the 42 seats.", "Grassroots Congress", `"Trinamool" was translated as "grassroots"`},
		{"hi city", "नई मुंबई में भारी बारिश हुई।", "नई मुंबई", `"Navi" was translated as "new"`},
		// a one-word name next to the word for what it is
		{"hi place next to area", "अनंतनाग जिले के पहले गांव इलाके में पर्यटकों पर हमला हुआ।", "पहले गांव इलाके", `"Pahalgam" was translated as "first village"`},
		{"bn place next to area", "প্রথম গ্রাম এলাকায় পর্যটকদের উপর হামলা হয়েছে।", "প্রথম গ্রাম এলাকায়", `"Pahalgam"`},
		{"mr cosmodrome, inflected", "दोन्ही नेते पूर्वेकडील अंतराळ केंद्रावर भेटले.", "पूर्वेकडील अंतराळ केंद्रावर", `"Vostochny" was translated as "eastern"`},
		{"bn cosmodrome", "পূর্বাঞ্চলীয় মহাকাশ কেন্দ্র থেকে রকেট উৎক্ষেপণ করা হয়।", "পূর্বাঞ্চলীয় মহাকাশ কেন্দ্র", `"Vostochny"`},
		{"hi train", "राजधानी तीव्र ट्रेन पटरी से उतर गई।", "तीव्र ट्रेन", `"Express" was translated as "express"`},
		{"bn train", "শতাব্দী দ্রুত ট্রেনের দুটি কামরা লাইনচ্যুত হয়েছে।", "দ্রুত ট্রেনের", `"Express"`},
		// a whole name translated
		{"bn defence system", "ইসরায়েলের লোহার গম্বুজ বেশির ভাগ রকেট ঠেকিয়েছে।", "লোহার গম্বুজ", `"Iron Dome" was translated as "iron dome"`},
		{"hi defence system", "इजरायल के लोहे का गुंबद ने ज्यादातर रॉकेट रोके।", "लोहे का गुंबद", `"Iron Dome"`},
		{"mr defence system", "इस्रायलच्या लोखंडी घुमट यंत्रणेने रॉकेट अडवले.", "लोखंडी घुमट", `"Iron Dome"`},
		// a surname read as the word it sounds like
		{"mr surname as a word", "नेमबाज मनू भाकरीने कांस्यपदक जिंकले.", "मनू भाकरीने", `"Bhaker"`},
		// more of the table: a person's, a company's, a force's, a missile's
		{"bn officer for Adhikari", "বিরোধী দলনেতা শুভেন্দু আধিকারিক সভায় বক্তব্য রাখেন।", "শুভেন্দু আধিকারিক", `"Adhikari" was translated as "officer"`},
		{"hi lotus for Arvind", "मुख्यमंत्री कमल केजरीवाल ने घोषणा की।", "कमल केजरीवाल", `"Arvind"`},
		{"mr lotus for Kamal", "मुख्यमंत्री कमळ नाथ यांनी घोषणा केली.", "कमळ नाथ", `"Kamal"`},
		{"bn force", "সীমান্ত রক্ষী বাংলাদেশের সদস্যরা টহল দিচ্ছেন।", "সীমান্ত রক্ষী বাংলাদেশের", `"Border"`},
		{"hi missile", "अमेरिका ने देशभक्त मिसाइल प्रणाली भेजी।", "देशभक्त मिसाइल", `"Patriot"`},
		{"hi company", "मसाला जेट की उड़ान रद्द हो गई।", "मसाला जेट", `"SpiceJet"`},
		{"bn place, both words", "হীরা বন্দরে ভোটগ্রহণ শান্তিপূর্ণ হয়েছে।", "হীরা বন্দরে", `"Diamond" was translated as "diamond", "Harbour" was translated as "harbour"`},
		{"hi place", "पर्यटक पर्वत आबू पहुंचे।", "पर्वत आबू", `"Mount"`},
		{"bn sea", "কালো সাগরে রুশ যুদ্ধজাহাজ মোতায়েন করা হয়েছে।", "কালো সাগরে", `"Black"`},
		{"bn sea as written", "কৃষ্ণ সাগরে রুশ যুদ্ধজাহাজ মোতায়েন করা হয়েছে।", "", ""},
		{"hi Un read as the UN", "तानाशाह किम जोंग संयुक्त राष्ट्र ने बयान जारी किया।", "किम जोंग संयुक्त राष्ट्र", `"Un" was translated as "United Nations"`},
		{"bn Un read as the UN", "নেতা কিম জং জাতিসংঘ সফরে যাননি।", "কিম জং জাতিসংঘ", `"Un"`},
		{"hi the UN after the full name", "किम जोंग उन संयुक्त राष्ट्र के प्रस्तावों को नहीं मानते।", "", ""},
		{"hi city, both words", "टेढ़ा सींग शहर पर मिसाइल हमला हुआ।", "टेढ़ा सींग", `"Kryvyi" was translated as "crooked", "Rih" was translated as "horn"`},
		{"mr city, one word", "वाकडा रिह शहरावर हल्ला झाला.", "वाकडा रिह", `"Kryvyi"`},
		{"bn city as written", "ক্রিভি রিহ শহরে হামলা হয়েছে।", "", ""},
		{"hi patriot alone", "वह एक सच्चा देशभक्त था।", "", ""},
		{"bn border alone", "সীমান্ত এলাকায় টহল বাড়ানো হয়েছে।", "", ""},
		// a patronymic's link translated, the name after it moved before it
		{"hi bin as son of", "सऊदी अरब के युवराज मोहम्मद सलमान का बेटा भी बैठक में मौजूद थे।", "मोहम्मद सलमान का बेटा", `"bin" was translated as "son of"`},
		{"bn bin as son of", "সৌদি যুবরাজ মোহাম্মদ সালমানের ছেলে বৈঠকে যোগ দেন।", "মোহাম্মদ সালমানের ছেলে", `"bin"`},
		{"mr bin as son of", "सौदीचे युवराज मोहम्मद सलमानचा मुलगा बैठकीला उपस्थित होते.", "मोहम्मद सलमानचा मुलगा", `"bin"`},
		// negatives: the words in plain use, the names as written
		{"hi a son of a Salman", "अभिनेता सलमान का बेटा नहीं है।", "", ""},
		{"hi bin as written", "युवराज मोहम्मद बिन सलमान ने बैठक में भाग लिया।", "", ""},
		{"hi first village alone", "यह जिले का पहला गांव है जहां बिजली पहुंची।", "", ""},
		{"mr first village alone", "पहिले गाव पाण्याखाली गेले.", "", ""},
		{"hi train at speed", "ट्रेन तीव्र गति से चल रही थी।", "", ""},
		{"bn fast train before", "ট্রেন দ্রুত চলছিল।", "", ""},
		{"mr eastern alone", "राज्याच्या पूर्वेकडील भागात पाऊस झाला.", "", ""},
		{"bn air pollution", "দিল্লিতে বায়ু দূষণ বেড়েছে।", "", ""},
		{"hi India alone", "भारत सरकार ने राहत भेजी।", "", ""},
		{"bn people alone", "জনতা রাস্তায় নেমে এসেছে।", "", ""},
		{"hi new alone", "सरकार ने नई योजना शुरू की।", "", ""},
		{"bn iron rod", "লোহার রড দিয়ে হামলা করা হয়।", "", ""},
		{"bn party as written", "আওয়ামী লীগের সাধারণ সম্পাদক কথা বলেছেন।", "", ""},
		{"hi airline as written", "एयर इंडिया की उड़ान रद्द हुई।", "", ""},
		{"mr party as written", "भारतीय जनता पक्षाने बैठक घेतली.", "", ""},
		{"en party as written", "The Trinamool Congress won 29 seats.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := flagClaim(tt.text)
			var got []Flag
			for _, f := range FindFlags(c) {
				if f.Kind == FlagGarbledName {
					got = append(got, f)
				}
			}
			if tt.evidence == "" {
				if len(got) != 0 {
					t.Errorf("FindFlags(%q) = %+v, want no garbled-name flag", c.Text, got)
				}
				return
			}
			if len(got) != 1 || got[0].Evidence != lexNFC(tt.evidence) || !strings.Contains(got[0].Note, tt.noteHas) {
				t.Fatalf("FindFlags(%q) = %+v, want one garbled-name flag on %q saying %s", c.Text, got, tt.evidence, tt.noteHas)
			}
			checkFlagSpans(t, c)
		})
	}
}

// TestResolveNamesTranslatedSurname: a person no lexicon has, whose story
// gives the name in another spelling, is flagged when a word of it is the
// common word translation makes of that name word (Bhinde as भिंडी, okra),
// and not when it is the name as the script writes it.
func TestResolveNamesTranslatedSurname(t *testing.T) {
	tests := []struct {
		name, text string
		story      string
		evidence   string // "": no garbled-name flag
	}{
		{"hi okra", "कंपनी के निदेशक भावेश भिंडी को पुलिस ने गिरफ्तार किया।", "Bhavesh Bhinde", "भावेश भिंडी"},
		{"mr okra", "कंपनीचे संचालक भावेश भिंडी यांना पोलिसांनी अटक केली.", "Bhavesh Bhinde", "भावेश भिंडी"},
		// Marathi's own भेंडी is too far from भिंडे to be taken for him: a
		// person of its own, which only the lexicon could tell.
		{"mr a word too far to be him", "कंपनीचे संचालक भावेश भेंडी यांना पोलिसांनी अटक केली.", "Bhavesh Bhinde", ""},
		{"hi as written", "कंपनी के निदेशक भावेश भिंडे को पुलिस ने गिरफ्तार किया।", "Bhavesh Bhinde", ""},
		{"bn as written", "সংস্থার পরিচালক ভাবেশ ভিন্দেকে পুলিশ গ্রেপ্তার করেছে।", "Bhavesh Bhinde", ""},
		{"hi the script's spelling of the name word", "कंपनी की निदेशक रुबीना हसीना ने बयान दिया।", "Rubina Hasina", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := claimsOf(tt.text)
			ResolveNames(cs, cs)
			ResolveNames(cs, storyNames(tt.story))
			var got []string
			for _, f := range cs[0].Flags {
				if f.Kind == FlagGarbledName {
					got = append(got, f.Evidence)
				}
			}
			if tt.evidence == "" {
				if len(got) != 0 {
					t.Errorf("flags on %q = %q, want no garbled-name flag (entities %s)", cs[0].Text, got, namesOfClaim(cs[0]))
				}
				return
			}
			if len(got) != 1 || got[0] != lexNFC(tt.evidence) {
				t.Errorf("flags on %q = %q, want one garbled-name flag on %q (entities %s)", cs[0].Text, got, tt.evidence, namesOfClaim(cs[0]))
			}
			checkFlagSpans(t, &cs[0])
		})
	}
}
