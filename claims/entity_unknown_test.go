package claims

import (
	"fmt"
	"strings"
	"testing"
)

// unknownSummary lists the entities no lexicon has as "Name (type)".
func unknownSummary(es []Entity) string {
	var b []string
	for _, e := range es {
		if e.Unknown {
			b = append(b, fmt.Sprintf("%s (%s)", e.Name, e.Type))
		}
	}
	return strings.Join(b, "; ")
}

// roleSummary lists roles as "Person=role".
func roleSummary(rs []Role) string {
	var b []string
	for _, r := range rs {
		b = append(b, r.Person+"="+r.Role)
	}
	return strings.Join(b, "; ")
}

// TestUnknownPeopleAfterTitles checks people no lexicon names, read from
// the office before them in every language, bound to that office.
func TestUnknownPeopleAfterTitles(t *testing.T) {
	tests := []struct{ lang, text, people, roles string }{
		{"en", "Home Secretary Anil Sharma said 12 teams were deployed.", "Anil Sharma (person)", "Anil Sharma=home secretary"},
		{"en", "District Collector Amol Yedge ordered the evacuation.", "Amol Yedge (person)", "Amol Yedge=district magistrate"},
		{"en", "the home secretary said the teams were ready", "", ""},
		{"bn", "স্বরাষ্ট্রসচিব অনিল শর্মা বলেন, দল পাঠানো হয়েছে।", "Anil Sharma (person)", "Anil Sharma=home secretary"},
		{"bn", "জেলা প্রশাসক মো. রফিকুল ইসলাম জানান, ৬৫০টি আশ্রয়কেন্দ্র খোলা হয়েছে।", "Raphikul Islam (person)", "Raphikul Islam=district magistrate"},
		{"bn", "পুলিশ সুপার আনিসুর রহমানকে বদলি করা হয়েছে।", "Anisur Rahman (person)", "Anisur Rahman=superintendent of police"},
		{"bn", "দুই নেতা একসঙ্গে সময় কাটিয়েছেন", "", ""},
		{"hi", "जिलाधिकारी अनिल शर्मा ने कहा कि राहत जारी है।", "Anil Sharma (person)", "Anil Sharma=district magistrate"},
		{"hi", "रेल मंत्री अश्विनी मेहता ने हादसे की जांच के आदेश दिए।", "Ashwini Mehta (person)", "Ashwini Mehta=railway minister"},
		{"mr", "जिल्हाधिकारी अमोल येडगे यांनी सांगितले.", "Amol Yedge (person)", "Amol Yedge=district magistrate"},
		{"mr", "मुख्य सचिव सुजाता सौनिक यांनी आढावा घेतला.", "Sujata Saunik (person)", "Sujata Saunik=chief secretary"},
		// A known person's name spelt in part as no alias has it, or behind a
		// religious title, is that person, no unknown one beside them.
		{"hi", "यूक्रेन के राष्ट्रपति वोलोदिमिर ज़ेलेंस्की ने टेलीग्राम पर लिखा।", "", "Volodymyr Zelensky=president"},
		{"mr", "सर्वोच्च नेते आयातुल्ला अली खामेनी यांनी आवाहन केले.", "", "Ali Khamenei=supreme leader"},
		{"bn", "সর্বোচ্চ নেতা আয়াতুল্লাহ আলী খামেনি বলেছেন।", "", "Ali Khamenei=supreme leader"},
		// Initials, spelt out or not, with a full stop or not, are written
		// as English writes them.
		{"en", "ISRO chairman K Raman announced the loss of contact.", "K. Raman (person)", "K. Raman=chairman"},
		{"bn", "চেয়ারম্যান এস রমেশ জানিয়েছেন, রোভার সুস্থ।", "S. Ramesh (person)", "S. Ramesh=chairman"},
		{"hi", "सचिव एस. रमेश ने कहा कि बातचीत जारी है।", "S. Ramesh (person)", "S. Ramesh=secretary"},
		{"mr", "जिल्हाधिकारी के. अमोल यांनी सांगितले.", "K. Amol (person)", "K. Amol=district magistrate"},
		// Two honorifics between the office and the name (doctor, Md.).
		{"bn", "ত্রাণ প্রতিমন্ত্রী ডা. মো. আনিসুর রহমান জানিয়েছেন, ক্ষতি হয়েছে।", "Anisur Rahman (person)", "Anisur Rahman=minister of state"},
		// A title of four words, and a person, never a country, after a
		// title: बृजेश is no misspelt Britain.
		{"en", "The toll rose to 141, Rajkot Range Inspector General of Police Ashok Yadav said.", "Ashok Yadav (person)", "Ashok Yadav=police chief"},
		{"hi", "राज्य मंत्री बृजेश मेरजा ने बताया कि मौतें हुईं।", "Brijesh Merja (person)", "Brijesh Merja=minister of state"},
		{"mr", "आपत्ती व्यवस्थापन मंत्री राजेंद्र त्रिवेदी यांनी सांगितले.", "Rajendra Trivedi (person)", "Rajendra Trivedi=minister"},
		// After a title an English name is a person's, never a place
		// it is close to (Rushikesh is no Rishikesh).
		{"en", "State Health Minister Rushikesh Patel said 254 were identified.", "Rushikesh Patel (person)", "Rushikesh Patel=health minister"},
		{"en", "BMC commissioner Bhushan Gagrani said the search was over.", "Bhushan Gagrani (person)", "Bhushan Gagrani=commissioner"},
		// Offices of police, hospitals, boards and firms.
		{"bn", "রেলওয়ে বোর্ডের চেয়ারপার্সন অনিল শর্মা জানিয়েছেন, চালক দায়ী।", "Anil Sharma (person)", "Anil Sharma=chairman"},
		{"hi", "एसआईटी का नेतृत्व एडीजीपी सुभाष त्रिवेदी कर रहे हैं।", "Subhash Trivedi (person)", "Subhash Trivedi=additional director general of police"},
		{"mr", "असे सिव्हिल हॉस्पिटलचे अधीक्षक राकेश जोशी यांनी सांगितले.", "Rakesh Joshi (person)", "Rakesh Joshi=medical superintendent"},
		{"mr", "इगो मीडिया कंपनीचे मालक भावेश भिंडे यांच्याविरोधात गुन्हा दाखल झाला.", "Igo Midiya Kanpani (company); Bhavesh Bhinde (person)", "Bhavesh Bhinde=owner"},
		// A relief fund named for an office names nobody.
		{"mr", "मुख्यमंत्री सहायता निधीतून प्रत्येकी पाच लाख रुपयांची मदत", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.text, func(t *testing.T) {
			text := lexNFC(tt.text)
			ents := FindEntities(text, tt.lang)
			if got := unknownSummary(ents); got != tt.people {
				t.Errorf("unknown people = %q, want %q (entities %+v)", got, tt.people, ents)
			}
			if got := roleSummary(FindRoles(text, tt.lang, ents)); got != tt.roles {
				t.Errorf("roles = %q, want %q", got, tt.roles)
			}
		})
	}
}

// TestUnknownPeopleBeforeAppositives checks English names no lexicon has
// that a comma and a title or an age after them say are people's.
func TestUnknownPeopleBeforeAppositives(t *testing.T) {
	tests := []struct{ text, people, roles string }{
		{"Abhishek Roy, additional superintendent of police of Darjeeling, said five had died.", "Abhishek Roy (person)", "Abhishek Roy=additional superintendent of police"},
		{"Police arrested Bhavesh Bhinde, director of Ego Media, in Udaipur.", "Bhavesh Bhinde (person)", "Bhavesh Bhinde=director"},
		{"Anil Sharma, the home secretary, said teams were ready.", "Anil Sharma (person)", "Anil Sharma=home secretary"},
		{"Manoj Chansoria, 60, and his wife had stopped at the pump.", "Manoj Chansoria (person)", ""},
		{"The survivor, Vishwash Kumar Ramesh, 40, was discharged.", "Vishwash Kumar Ramesh (person)", ""},
		// No title or age after the comma: nothing is said of the words.
		{"Ego Media, which put up the hoarding, had no permit.", "", ""},
		{"Rangapani Station, 12 km away, was closed.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			ents := FindEntities(tt.text, "en")
			if got := unknownSummary(ents); got != tt.people {
				t.Errorf("unknown people = %q, want %q (entities %+v)", got, tt.people, ents)
			}
			if got := roleSummary(FindRoles(tt.text, "en", ents)); got != tt.roles {
				t.Errorf("roles = %q, want %q", got, tt.roles)
			}
		})
	}
}

// TestUnknownBodiesBeforeBodyWords checks bodies no gazetteer names, read
// from the word their name ends in (data/body_words.tsv), and the common
// nouns before a body word that name no body.
func TestUnknownBodiesBeforeBodyWords(t *testing.T) {
	tests := []struct{ lang, text, want string }{
		{"en", "Bhinde is a director of Ego Media Pvt Ltd, police said.", "Ego Media Pvt Ltd (company)"},
		{"en", "The Pollution Control Board inspected the site.", "Pollution Control Board (agency)"},
		{"en", "Company officials said the Board would meet.", ""},
		{"mr", "इगो मीडिया कंपनीचे कार्यालय बंद आहे.", "Igo Midiya Kanpani (company)"},
		{"hi", "राज्य आपदा प्रबंधन प्राधिकरण ने अलर्ट जारी किया", "Apda Prabandhan Pradhikran (agency)"},
		{"bn", "পানি উন্নয়ন বোর্ড জানিয়েছে, নদীর পানি বাড়ছে।", "Pani Unnayan Bord (agency)"},
		// One word before the body word is as often a common noun, and a
		// function word opens no name.
		{"hi", "जांच आयोग ने कहा कि रिपोर्ट जल्द आएगी", ""},
		{"bn", "একটি অখ্যাত সংস্থা দায় নিয়েছে", ""},
		{"hi", "पुल की देखरेख करने वाली ओरेवा कंपनी", ""},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.text, func(t *testing.T) {
			if got := unknownSummary(FindEntities(lexNFC(tt.text), tt.lang)); got != tt.want {
				t.Errorf("unknown bodies = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestUnknownPlacesBeforePlaceWords checks places no lexicon names, read
// from the administrative word after them, and the counted or generic
// words before a place word that are no place.
func TestUnknownPlacesBeforePlaceWords(t *testing.T) {
	tests := []struct{ lang, text, want string }{
		{"en", "Landslides buried Chooralmala village and parts of Meppadi panchayat.", "Chooralmala (village)"},
		{"en", "Rain lashed Konaseema district on Monday.", "Konaseema (district)"},
		{"en", "Every district reported losses.", ""},
		{"bn", "চিলমারী উপজেলায় পানি বেড়েছে।", "Chilmari (upazila)"},
		{"bn", "প্রতিটি জেলায় ও পাশের জেলায় সতর্কতা।", ""},
		{"bn", "দুই জেলায় বন্যা", ""},
		{"hi", "बाढ़ से रसड़ा तहसील में 12 गांव डूबे।", "Rasra (tehsil)"},
		{"hi", "सभी जिलों में अलर्ट, मौसम विभाग ने कहा कि नदी उफान पर है।", ""},
		{"mr", "इंदापूर तालुक्यात पाऊस झाला.", "Indapur (tehsil)"},
		{"mr", "एनडीआरएफच्या दोन तुकड्या जिल्ह्यात दाखल झाल्या.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.text, func(t *testing.T) {
			if got := unknownSummary(FindEntities(lexNFC(tt.text), tt.lang)); got != tt.want {
				t.Errorf("unknown places = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestUnknownNamesOneAcrossScripts checks that an unknown name written in
// English, Bengali and Devanagari comes out as one name.
func TestUnknownNamesOneAcrossScripts(t *testing.T) {
	texts := []string{
		"Home Secretary Anil Sharma said",
		"স্বরাষ্ট্রসচিব অনিল শর্মা বলেন",
		"गृह सचिव अनिल शर्मा ने कहा",
		"गृहसचिव अनिल शर्मा यांनी सांगितले",
	}
	for _, text := range texts {
		if got := unknownSummary(FindEntities(lexNFC(text), "")); got != "Anil Sharma (person)" {
			t.Errorf("FindEntities(%q): unknown = %q, want Anil Sharma (person)", text, got)
		}
	}
}
