package claims

import (
	"slices"
	"testing"
)

// TestViolenceFacets checks, per language, the figures of a riot or an
// insurgency besides its dead and hurt: houses burnt are houses damaged,
// arson is counted in incidents (never as people infected, whatever noun
// the paper gives them), weapons looted and weapons recovered or seized
// are two facts, bodies no one has claimed are a fact apart from the
// toll, and people detained are apart from people arrested.
func TestViolenceFacets(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"en houses torched", "Rioters torched 120 houses in the village on Saturday night.",
			[]string{"|damaged house count|120 house"}},
		{"en houses burnt beside a toll", "Manipur violence: around 60 killed, 1,700 houses burnt, says CM Biren Singh",
			[]string{"Manipur|killed person count|~60 person", "Manipur|damaged house count|1700 house"}},
		{"hi houses set on fire", "दंगाइयों ने गांव के 120 घरों को आग लगा दी।",
			[]string{"|damaged house count|120 house"}},
		{"bn fire set to houses", "আগুন লাগানো হয়েছে ৪,৭৮৬টি বাড়িতে।",
			[]string{"|damaged house count|4786 house"}},
		{"bn houses burnt down", "গ্রামের ৩০টি বাড়ি পুড়িয়ে দেওয়া হয়েছে।",
			[]string{"|damaged house count|30 house"}},
		{"mr houses burnt", "गावातील ४५ घरे जाळण्यात आली.",
			[]string{"|damaged house count|45 house"}},
		{"mr houses set on fire", "या काळात ४,७८६ घरांना आग लावण्यात आली.",
			[]string{"|damaged house count|4786 house"}},
		{"hi cases of arson are no infections", "3 जुलाई तक राज्य में आगजनी के 5,053 मामले दर्ज हुए।",
			[]string{"|arson incident count|5053 incident"}},
		{"en cases of arson", "As many as 5,053 cases of arson were registered by July 3.",
			[]string{"|arson incident count|5053 incident"}},
		{"bn incidents of arson, garbled, no noun in reach", "এই চার মাসে ৫,১৭২টি অগ্নি arson সংযোগের ঘটনা ঘটেছে।",
			[]string{"|arson incident count|5172 incident"}},
		{"mr incidents of arson", "जिल्ह्यात जाळपोळीच्या ५० घटना घडल्या.",
			[]string{"|arson incident count|50 incident"}},
		{"hi cases of a disease stay infections", "राज्य में 68,631 नए मामले दर्ज किए गए।",
			[]string{"|infected person count daily|68631 person"}},
		{"en cases whose noun is elided stay infections", "Cases rose to 500 on Monday.",
			[]string{"|infected person count|500 person"}},
		{"hi people in a fire are not damaged", "आग में 5 लोग झुलसे।", nil},
		{"bn people burnt to death are killed", "আগুনে পুড়ে ৫ জনের মৃত্যু হয়েছে।",
			[]string{"|killed person count|5 person"}},
		{"bn of the weapons looted, those recovered", "রাজ্যের অস্ত্রাগার থেকে লুট হওয়া ৫,৬৬৮টি অস্ত্রের মধ্যে ১,৩২৯টি উদ্ধার করা গিয়েছে।",
			[]string{"|looted weapon count|5668 weapon", "|seized weapon count|1329 weapon"}},
		{"hi weapons looted and recovered", "लूटे गए 4,000 हथियारों में से 1,200 हथियार बरामद कर लिए गए हैं।",
			[]string{"|looted weapon count|4000 weapon", "|seized weapon count|1200 weapon"}},
		{"mr weapons seized", "लुटलेल्या शस्त्रांपैकी १,३५९ शस्त्रे जप्त करण्यात आली आहेत.",
			[]string{"|seized weapon count|1359 weapon"}},
		{"en of the weapons looted, those recovered", "Of the 5,668 weapons looted from armouries, 1,329 have been recovered.",
			[]string{"|looted weapon count|5668 weapon", "|seized weapon count|1329 weapon"}},
		{"mr cartridges seized", "याशिवाय १५,०५० काडतुसे हस्तगत करण्यात आली.",
			[]string{"|seized cartridge count|15050 cartridge"}},
		{"bn unclaimed bodies", "৯৬টি দেহ এখনও মর্গে পড়ে রয়েছে, কেউ দাবি করেননি।",
			[]string{"|unclaimed body count|96 body"}},
		{"hi unclaimed bodies", "अब तक 96 शवों पर किसी ने दावा नहीं किया है।",
			[]string{"|unclaimed body count|96 body"}},
		{"mr unclaimed bodies, not deaths", "९६ मृतदेहांवर अद्याप कोणी दावा केलेला नाही.",
			[]string{"|unclaimed body count|96 body"}},
		{"en unclaimed bodies", "Police said 96 bodies remain unclaimed in the morgues.",
			[]string{"|unclaimed body count|96 body"}},
		{"hi detained apart from arrested", "रिपोर्ट में 6,745 लोगों को एहतियाती हिरासत में लेने की बात भी कही गई है।",
			[]string{"|detained person count|6745 person"}},
		{"en detained", "Police detained 300 people after the clashes.",
			[]string{"|detained person count|300 person"}},
		{"hi FIRs are no people arrested", "4 जुलाई तक 5,995 एफआईआर दर्ज की गईं और 181 लोगों को गिरफ्तार किया गया।",
			[]string{"|arrested person count|181 person"}},
		{"mr police cases are no people arrested", "आतापर्यंत ९,३३२ गुन्हे दाखल झाले असून ३२५ जणांना अटक करण्यात आली आहे.",
			[]string{"|arrested person count|325 person"}},
		{"mr deaths then hurt", "मणिपूर: चार महिन्यांत १७५ मृत्यू, १,१०८ जखमी; ४,७८६ घरे जाळली",
			[]string{"Manipur|killed person count|175 person", "Manipur|wounded person count|1108 person", "Manipur|damaged house count|4786 house"}},
		{"en deaths then hurt", "Manipur: 175 deaths, 1,108 injured",
			[]string{"Manipur|killed person count|175 person", "Manipur|wounded person count|1108 person"}},
		{"bn a toll after bodies counts people", "দেহ উদ্ধারের পর মৃতের সংখ্যা ১৬-তে পৌঁছেছে।",
			[]string{"|killed person count|16 person"}},
		{"hi buildings destroyed", "तूफान में 1,200 इमारतें ध्वस्त हो गईं।",
			[]string{"|damaged building count|1200 building"}},
		{"mr buildings destroyed", "याशिवाय १० हजार ७९० सरकारी इमारती पूर्णपणे उद्ध्वस्त झाल्या आहेत.",
			[]string{"|damaged building count|10790 building"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := processedClaim(t, tt.text)
			if got := quantityFacetLines(c); !slices.Equal(got, tt.want) {
				t.Errorf("facets = %q, want %q\n(quantities %+v)", got, tt.want, c.Quantities)
			}
		})
	}
}

// TestTollWords checks, per language, the words around a toll that say
// whose it is, where it is and whether it is counted at all: a press
// conference's city is no place of the toll, a sum whose currency is
// unsaid counts no dead, tourists killed are people killed and police hurt
// a count of police, and an aside between commas does not hide what befell
// the figure. A toll feared is no count.
func TestTollWords(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"en a feared toll is no count", "Sources fear the toll could reach 50.", nil},
		{"en a press conference's city", "Addressing a press conference in Imphal, he said 231 people were injured in the clashes.",
			[]string{"|wounded person count|231 person"}},
		{"bn a press conference's city", "ইম্ফলে সাংবাদিক বৈঠকে আইজিপি (অপারেশনস) আই কে মুইভা জানান, আহত হয়েছেন ১,১১৮ জন।",
			[]string{"|wounded person count|1118 person"}},
		{"hi a press conference's city", "इंफाल में संवाददाता सम्मेलन में पुलिस ने बताया कि 1,108 लोग घायल हुए हैं।",
			[]string{"|wounded person count|1108 person"}},
		{"mr a press conference's city", "इंफाळमध्ये पत्रकार परिषदेत पोलिसांनी सांगितले की १,१०८ जण जखमी झाले.",
			[]string{"|wounded person count|1108 person"}},
		{"mr a sum with no currency is aid, no toll", "पहलगाम हल्ल्यातील महाराष्ट्राच्या सहा मृतांच्या कुटुंबीयांना प्रत्येकी ५० लाखांची मदत",
			[]string{"Maharashtra|aid inr to kin|5000000 inr"}},
		{"hi a sum with no currency is aid, no toll", "मृतकों के परिजनों को 10 लाख की सहायता दी जाएगी।",
			[]string{"|aid inr to kin|1000000 inr"}},
		{"bn a sum with no currency", "মৃতদের পরিবারকে ৫ লাখ সাহায্য দেওয়া হবে।", nil},
		{"en a sum with no currency", "The families of the dead will get 10 lakh as compensation.", nil},
		{"en a tourist killed, people hurt behind an aside", "Officials said one tourist was killed and more than a dozen people, tourists and locals, were injured.",
			[]string{"|killed person count|1 person", "|wounded person count|>12 person"}},
		{"en an earlier report is no statement of the toll", "Officials had earlier said one tourist was killed and more than a dozen people, tourists and locals, were injured.",
			[]string{"|wounded person count|>12 person"}},
		{"bn a tourist killed", "হামলায় এক পর্যটক নিহত হয়েছেন।", []string{"|killed person count|1 person"}},
		{"hi a tourist killed", "हमले में एक पर्यटक की मौत हो गई।", []string{"|killed person count|1 person"}},
		{"mr tourists killed", "हल्ल्यात दोन पर्यटकांचा मृत्यू झाला.", []string{"|killed person count|2 person"}},
		{"en police killed", "The Bangladesh Police told the investigators that 44 of its officers had been killed.",
			[]string{"|killed police count|44 police"}},
		{"bn police hurt", "সংঘর্ষে অন্তত ১৫ জন পুলিশকর্মী আহত হয়েছেন।", []string{"|wounded police count|>=15 police"}},
		{"hi police hurt", "झड़प में 15 पुलिसकर्मी घायल हुए।", []string{"|wounded police count|15 police"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := processedClaim(t, tt.text)
			if got := quantityFacetLines(c); !slices.Equal(got, tt.want) {
				t.Errorf("facets = %q, want %q\n(quantities %+v, entities %+v)", got, tt.want, c.Quantities, c.Entities)
			}
		})
	}
}
