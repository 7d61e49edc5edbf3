package claims

import (
	"strings"
	"testing"
)

// TestFindIndiaDistricts checks that India's districts are found in every
// script under their canonical name, inflected as the press writes them,
// and that the common words their names share are not read as places.
func TestFindIndiaDistricts(t *testing.T) {
	tests := []struct{ lang, text, want string }{
		{"en", "Encounters in Anantnag and Poonch; curfew in Churachandpur, Imphal East and Bishnupur.", "Anantnag (district); Poonch (district); Churachandpur (district); Imphal East (district); Bishnupur (district)"},
		{"hi", "अनंतनाग और पुंछ में मुठभेड़, चुराचांदपुर और इंफाल पश्चिम में कर्फ्यू", "Anantnag (district); Poonch (district); Churachandpur (district); Imphal West (district)"},
		{"mr", "अनंतनागमध्ये चकमक, चुराचांदपूरमध्ये संचारबंदी", "Anantnag (district); Churachandpur (district)"},
		{"bn", "অনন্তনাগে সংঘর্ষ, চুড়াচাঁদপুরে ও বিষ্ণুপুরে কার্ফু", "Anantnag (district); Churachandpur (district); Bishnupur (district)"},
		{"bn", "মুর্শিদাবাদের জঙ্গিপুরে অশান্তি, মালদায় ও নদিয়ায় বৃষ্টি, উত্তর ২৪ পরগনার সন্দেশখালিতে বিক্ষোভ", "Murshidabad (district); Jangipur (city); Malda (district); Nadia (district); North 24 Parganas (district); Sandeshkhali (place)"},
		{"hi", "मुर्शिदाबाद और मालदा में हिंसा, दक्षिण 24 परगना में तूफान", "Murshidabad (district); Malda (district); South 24 Parganas (district)"},
		{"en", "Floods in Kamrup, Dhubri and Darbhanga; a landslide in Kishtwar", "Kamrup (district); Dhubri (district); Darbhanga (district); Kishtwar (district)"},
		{"bn", "ধুবড়িতে ও কাছাড়ে বন্যা", "Dhubri (district); Cachar (district)"},
		{"hi", "दरभंगा, मधुबनी और सीतामढ़ी में बाढ़", "Darbhanga (district); Madhubani (district); Sitamarhi (district)"},
		{"mr", "बेळगावमध्ये आणि मलप्पुरममध्ये पाऊस", "Belagavi (district); Malappuram (district)"},
		{"bn", "বাপাতলায় ঘূর্ণিঝড়, নেল্লোরে বৃষ্টি", "Bapatla (district); Nellore (district)"},
		{"en", "Rain lashed Chengalpattu, Tiruvallur and Kurnool.", "Chengalpattu (district); Tiruvallur (district); Kurnool (district)"},
		{"mr", "लोणावळ्यात आणि छिंदवाड्यात पाऊस", "Lonavala (city); Chhindwara (district)"},
		{"en", "Landslides in Dibang Valley and Shi Yomi", "Dibang Valley (district); Shi Yomi (district)"},
		// A district named like its city is the city's one entity.
		{"bn", "দার্জিলিংয়ে ধস", "Darjeeling (city)"},
		// Words a district's name shares are no place: a commander, a
		// feast, a tail, a crooked stick, a peg, a name.
		{"hi", "सेनापति ने कहा कि भंडारा होगा, पूंछ और बांका डंडा, खूंटी पर टंगा, वैशाली आई", ""},
		{"bn", "সেনাপতি বললেন, বাঁকা খুঁটি পড়ে আছে", ""},
		{"en", "They danced the samba on Mon evening.", ""},
		// A district is found only as written: a surname one letter from
		// it is no misspelt district, nor a surname that looks inflected.
		{"en", "Manoj Tiwari and Bhavesh Bhinde spoke to reporters.", ""},
		{"hi", "पुलिस के मुताबिक भिंडे पर मामला दर्ज किया गया है।", ""},
		{"hi", "भिंड और मुरैना में ओले गिरे", "Bhind (district); Morena (district)"},
		// Their district forms are the district.
		{"hi", "सेनापति जिले में और सांबा सेक्टर में", "Senapati (district); Samba (district)"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.text, func(t *testing.T) {
			if got := entityTypesOf(FindEntities(lexNFC(tt.text), tt.lang)); got != tt.want {
				t.Errorf("FindEntities(%q)\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestSurnameIsNoMisspeltPlace checks that a word a known person goes by
// is not guessed to be a place one letter away: Nadda is not Nadia, Shami
// not Shamli, Singh not Sindh.
func TestSurnameIsNoMisspeltPlace(t *testing.T) {
	tests := []struct{ text, want string }{
		{"BJP president J. P. Nadda arrived in Kolkata, and later Nadda said the party would win.", "Bharatiya Janata Party; J. P. Nadda; Kolkata"},
		{"Mohammed Shami took five wickets, and Shami said he was happy.", "Mohammed Shami"},
		{"Floods hit Nadia and Shamli.", "Nadia; Shamli"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := entityNames(FindEntities(lexNFC(tt.text), "en")); got != tt.want {
				t.Errorf("FindEntities(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestIndiaDistrictsAreIndias checks that a district is India's and
// narrower than its state, wider than a city.
func TestIndiaDistrictsAreIndias(t *testing.T) {
	for _, name := range []string{"Anantnag", "Murshidabad", "Churachandpur", "North 24 Parganas"} {
		if got := PlaceCountry(name); got != "India" {
			t.Errorf("PlaceCountry(%q) = %q, want India", name, got)
		}
		if got, state, city := PlaceBreadth(name), PlaceBreadth("West Bengal"), PlaceBreadth("Kolkata"); got >= state || got <= city {
			t.Errorf("PlaceBreadth(%q) = %d, want between a city's %d and a state's %d", name, got, city, state)
		}
	}
}

// TestIndiaDistrictsAreNew checks that the districts' gazetteer repeats no
// entity of the other gazetteers, and gives no alias of another entity:
// a district named like its city is the city's row, and a name another
// entity already answers to would be read as that one.
func TestIndiaDistrictsAreNew(t *testing.T) {
	others := map[string]string{} // alias key -> canonical name
	names := map[string]bool{}
	files := []string{"entities.tsv"}
	entries, err := gazetteerFS.ReadDir("data")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() != "gazetteer_india_districts.tsv" {
			files = append(files, e.Name())
		}
	}
	for _, f := range files {
		data := entitiesTSV
		if f != "entities.tsv" {
			b, err := gazetteerFS.ReadFile("data/" + f)
			if err != nil {
				t.Fatal(err)
			}
			data = string(b)
		}
		for _, r := range lexRows(data) {
			names[r.cols[0]] = true
			for _, a := range lexSplit(r.cols[2]) {
				others[strings.ToLower(lexNFC(a))] = r.cols[0]
			}
		}
	}
	b, err := gazetteerFS.ReadFile("data/gazetteer_india_districts.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range lexRows(string(b)) {
		if names[r.cols[0]] {
			t.Errorf("%s is already an entity of another gazetteer", r.cols[0])
		}
		for _, a := range lexSplit(r.cols[2]) {
			if other, ok := others[strings.ToLower(lexNFC(a))]; ok {
				t.Errorf("%s: alias %q is already %s's", r.cols[0], a, other)
			}
		}
	}
}

// TestIndianPlacesHaveAState: every city and district of India's
// gazetteers has its state in data/place_states.tsv, and that state is a
// state or union territory of gazetteer_india.tsv.
func TestIndianPlacesHaveAState(t *testing.T) {
	n := 0
	for _, e := range DefaultLexicon().Entities() {
		if PlaceCountry(e.Name) != "India" || (e.Type != "city" && e.Type != "district") {
			continue
		}
		n++
		st := PlaceState(e.Name)
		if st == "" {
			t.Errorf("%s (%s) has no state in data/place_states.tsv", e.Name, e.Type)
			continue
		}
		if b := PlaceBreadth(st); b != 4 {
			t.Errorf("%s's state %q is no state or union territory of the gazetteers (breadth %d)", e.Name, st, b)
		}
	}
	if n < 800 {
		t.Errorf("%d Indian cities and districts checked, want the gazetteers' 800 and more", n)
	}
}
