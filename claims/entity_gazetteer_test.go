package claims

import (
	"fmt"
	"strings"
	"testing"
)

// entityTypes lists each entity as "Name (type)".
func entityTypesOf(es []Entity) string {
	var b []string
	for _, e := range es {
		b = append(b, fmt.Sprintf("%s (%s)", e.Name, e.Type))
	}
	return strings.Join(b, "; ")
}

// TestFindEntitiesGazetteer checks every class of the gazetteers in every
// language: countries from CLDR, Indian states and union territories,
// Bangladeshi divisions and districts, South Asian cities, world capitals,
// parties, ministries, agencies and international bodies, each with its
// type.
func TestFindEntitiesGazetteer(t *testing.T) {
	tests := []struct{ lang, text, want string }{
		// countries (CLDR names)
		{"en", "Aid arrived from Portugal and Kyrgyzstan.", "Portugal (country); Kyrgyzstan (country)"},
		{"bn", "পর্তুগাল ও কিরগিজিস্তান থেকে ত্রাণ এসেছে।", "Portugal (country); Kyrgyzstan (country)"},
		{"hi", "पुर्तगाल और किर्गिज़स्तान से राहत आई।", "Portugal (country); Kyrgyzstan (country)"},
		{"mr", "पोर्तुगाल आणि किरगिझस्तानमधून मदत आली.", "Portugal (country); Kyrgyzstan (country)"},
		{"en", "Ivory Coast and DR Congo", "Côte d'Ivoire (country); Democratic Republic of the Congo (country)"},
		// Indian states and union territories
		{"en", "Rains lashed Kerala and Odisha, and Ladakh stayed dry.", "Kerala (state); Odisha (state); Ladakh (union territory)"},
		{"bn", "কেরলে ও ওড়িশায় ভারী বৃষ্টি হয়েছে।", "Kerala (state); Odisha (state)"},
		{"hi", "केरल और ओडिशा में भारी बारिश हुई।", "Kerala (state); Odisha (state)"},
		{"mr", "केरळमध्ये आणि ओडिशात मुसळधार पाऊस झाला.", "Kerala (state); Odisha (state)"},
		// Bangladeshi divisions and districts
		{"en", "Floods hit Sunamganj and Kurigram in Rangpur Division.", "Sunamganj (district); Kurigram (district); Rangpur Division (division)"},
		{"bn", "সুনামগঞ্জে ও কুড়িগ্রামে বন্যা, রংপুর বিভাগে সতর্কতা।", "Sunamganj (district); Kurigram (district); Rangpur Division (division)"},
		{"bn", "ঢাকায় বিক্ষোভ হয়েছে, ভোলার চরে পানি।", "Dhaka (city); Bhola (district)"},
		{"bn", "মুখ ঢাকা পড়েছে, কথা ভোলা যায় না।", ""},
		// South Asian cities and world capitals
		{"en", "Flights from Kathmandu, Karachi and Colombo to Nairobi", "Kathmandu (city); Karachi (city); Colombo (city); Nairobi (city)"},
		{"bn", "কাঠমান্ডু, করাচি ও কলম্বো থেকে নাইরোবি", "Kathmandu (city); Karachi (city); Colombo (city); Nairobi (city)"},
		{"hi", "काठमांडू, कराची और कोलंबो से नैरोबी", "Kathmandu (city); Karachi (city); Colombo (city); Nairobi (city)"},
		{"mr", "पुण्यात आणि नागपूरमध्ये पाऊस", "Pune (city); Nagpur (city)"},
		{"hi", "वह घर गया और कोटा भर गया", ""},
		// parties, ministries, agencies, international bodies
		{"en", "The BJP and the Trinamool Congress traded charges.", "Bharatiya Janata Party (party); All India Trinamool Congress (party)"},
		{"bn", "তৃণমূল কংগ্রেস ও বিএনপি নেতারা", "All India Trinamool Congress (party); Bangladesh Nationalist Party (party)"},
		{"hi", "शिवसेना और भाजपा के नेता", "Shiv Sena (party); Bharatiya Janata Party (party)"},
		{"en", "NDRF and SDRF teams joined, IMD said; UNICEF and the Red Cross sent aid.", "National Disaster Response Force (force); State Disaster Response Force (force); India Meteorological Department (agency); UNICEF (international body); International Committee of the Red Cross (international body)"},
		{"bn", "এনডিআরএফ দল পৌঁছেছে, ইউনিসেফ ও রেড ক্রস ত্রাণ দিয়েছে।", "National Disaster Response Force (force); UNICEF (international body); International Committee of the Red Cross (international body)"},
		{"hi", "एनडीआरएफ और एसडीआरएफ की टीमें, इसरो और यूनिसेफ", "National Disaster Response Force (force); State Disaster Response Force (force); Indian Space Research Organisation (agency); UNICEF (international body)"},
		{"mr", "भारतीय हवामान विभागाने इशारा दिला", "India Meteorological Department (agency)"},
		{"bn", "স্বরাষ্ট্র মন্ত্রণালয় জানিয়েছে", "Home Ministry (ministry)"},
		{"hi", "गृह मंत्रालय ने कहा", "Home Ministry (ministry)"},
		// airlines, companies, investigators, railway bodies and courts:
		// the longer name wins over the country in it (Air India)
		{"en", "Air India and Tata Sons said the AAIB and the DGCA would report.", "Air India (company); Tata Sons (company); Aircraft Accident Investigation Bureau (agency); Directorate General of Civil Aviation (agency)"},
		{"hi", "एयर इंडिया के विमान का ब्लैक बॉक्स विमान दुर्घटना अन्वेषण ब्यूरो को मिला", "Air India (company); Aircraft Accident Investigation Bureau (agency)"},
		{"mr", "एअर इंडियाचे अधिकारी आणि रेल्वे बोर्ड", "Air India (company); Railway Board (agency)"},
		{"bn", "এয়ার ইন্ডিয়া ও রেলওয়ে বোর্ড জানিয়েছে", "Air India (company); Railway Board (agency)"},
		{"hi", "गुजरात हाईकोर्ट ने स्वतः संज्ञान लिया", "Gujarat High Court (court)"},
		{"bn", "বাংলাদেশ নির্বাচন কমিশন ও আইইডিসিআর", "Bangladesh Election Commission (agency); Institute of Epidemiology, Disease Control and Research (agency)"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.text, func(t *testing.T) {
			if got := entityTypesOf(FindEntities(lexNFC(tt.text), tt.lang)); got != tt.want {
				t.Errorf("FindEntities(%q)\n got %s\nwant %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestGazetteerCoverage checks that the gazetteers hold every entity their
// headers promise, each with a spelling in every script.
func TestGazetteerCoverage(t *testing.T) {
	count := map[string]int{}
	for _, e := range MustNewLexicon(t).Entities() {
		count[e.Type]++
		if e.Type == "state" || e.Type == "division" {
			var bn, deva bool
			for _, a := range e.Aliases {
				for _, tok := range lexTokenize(a) {
					bn = bn || tok.script == lexScriptBengali
					deva = deva || tok.script == lexScriptDeva
				}
			}
			if !bn || !deva {
				t.Errorf("%s (%s) lacks a Bengali or Devanagari alias", e.Name, e.Type)
			}
		}
	}
	for typ, want := range map[string]int{"state": 28, "union territory": 8, "division": 8, "district": 56, "country": 190} {
		if count[typ] < want {
			t.Errorf("%d entities of type %s, want at least %d", count[typ], typ, want)
		}
	}
}

// TestFindPeopleGazetteer checks the gazetteer of public people in every
// language: heads of government, chief ministers, governors, heads of
// agencies and players, their initials spelt out or dotted, and no
// surname alone.
func TestFindPeopleGazetteer(t *testing.T) {
	tests := []struct{ lang, text, want string }{
		{"en", "Chief Minister Pinarayi Vijayan met Tshering Tobgay.", "Pinarayi Vijayan; Tshering Tobgay"},
		{"hi", "मुख्यमंत्री पिनराई विजयन ने कहा कि नुकसान हुआ है।", "Pinarayi Vijayan"},
		{"mr", "मुख्यमंत्री पिनराई विजयन यांनी आढावा घेतला.", "Pinarayi Vijayan"},
		{"bn", "রাজ্যপাল জগদীপ ধনখড়কে সঙ্গে নিয়ে পরিদর্শন করেন।", "Jagdeep Dhankhar"},
		{"hi", "भूटान के प्रधानमंत्री शेरिंग तोबगे काठमांडू पहुंचे।", "Bhutan; Tshering Tobgay; Kathmandu"},
		{"en", "ISRO chairman S Somanath and his predecessor K. Sivan spoke.", "Indian Space Research Organisation; S. Somanath; K. Sivan"},
		{"bn", "ইসরোর চেয়ারম্যান এস সোমনাথ জানিয়েছেন।", "Indian Space Research Organisation; S. Somanath"},
		{"hi", "इसरो अध्यक्ष एस. सोमनाथ ने कहा।", "Indian Space Research Organisation; S. Somanath"},
		{"en", "Travis Head and Marnus Labuschagne added 192; Virat Kohli made 54.", "Travis Head; Marnus Labuschagne; Virat Kohli"},
		{"bn", "ফাইনালের নায়ক ট্র্যাভিস হেড ১২০ বলে ১৩৭ রান করেন।", "Travis Head"},
		{"hi", "मोहम्मद शमी पूरे टूर्नामेंट में सबसे सफल गेंदबाज रहे।", "Mohammed Shami"},
		{"mr", "मोहम्मद शमीने स्पर्धेत २४ बळी घेतले, तर विराट कोहलीने ७६५ धावा केल्या.", "Mohammed Shami; Virat Kohli"},
		{"bn", "প্রতিমন্ত্রী ডা. মো. এনামুর রহমান জানিয়েছেন।", "Enamur Rahman"},
		// Larger cities, places of note and rivers.
		{"en", "The rocket lifted off from the Satish Dhawan Space Centre in Sriharikota.", "Satish Dhawan Space Centre; Sriharikota"},
		{"bn", "প্রধানমন্ত্রী নরেন্দ্র মোদী জোহানেসবার্গ থেকে অবতরণ দেখেন।", "Narendra Modi; Johannesburg"},
		{"hi", "यह मिशन 14 जुलाई को श्रीहरिकोटा से लॉन्च किया गया था।", "Sriharikota"},
		{"mr", "मच्छू नदीवरील पूल कोसळला.", "Machchhu"},
		{"en", "the bridge over the Machchhu river in Morbi", "Machchhu; Morbi"},
		// A surname alone is no one in particular.
		{"en", "Head made 137 and Kohli 54.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.text, func(t *testing.T) {
			if got := entityNames(FindEntities(lexNFC(tt.text), tt.lang)); got != tt.want {
				t.Errorf("FindEntities = %q, want %q", got, tt.want)
			}
		})
	}
}
