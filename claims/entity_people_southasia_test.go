package claims

import (
	"strings"
	"testing"
)

// TestFindSouthAsiaPeople checks the South Asian people's gazetteer in
// every language: chief ministers, Union ministers and ministers of state,
// governors, party leaders, heads of the Election Commission and the
// services, Bangladesh's advisers and ministers, the neighbours' leaders
// and India's medallists, each under the one canonical name whatever the
// script and the spelling; and that the common words their names share
// are no one.
func TestFindSouthAsiaPeople(t *testing.T) {
	tests := []struct{ lang, text, want string }{
		{"en", "Kerala health minister Veena George and DMK MP Kanimozhi visited the camp.", "Kerala; Veena George; Dravida Munnetra Kazhagam; Kanimozhi"},
		{"hi", "केरल की स्वास्थ्य मंत्री वीणा जॉर्ज ने कहा कि कनिमोझी भी मौजूद थीं।", "Kerala; Veena George; Kanimozhi"},
		{"bn", "স্বাস্থ্যমন্ত্রী বীণা জর্জ জানিয়েছেন, কানিমোঝি হাসপাতালে যান।", "Veena George; Kanimozhi"},
		{"mr", "आरोग्यमंत्री वीणा जॉर्ज यांनी आढावा घेतला.", "Veena George"},
		{"en", "Former chief ministers Manohar Parrikar and Vasundhara Raje, and HD Kumaraswamy.", "Manohar Parrikar; Vasundhara Raje; H. D. Kumaraswamy"},
		{"hi", "पूर्व मुख्यमंत्री मनोहर पर्रिकर और वसुंधरा राजे, एचडी कुमारस्वामी", "Manohar Parrikar; Vasundhara Raje; H. D. Kumaraswamy"},
		{"mr", "माजी मुख्यमंत्री पृथ्वीराज चव्हाण आणि अशोक चव्हाण यांनी मुरलीधर मोहोळ यांची भेट घेतली.", "Prithviraj Chavan; Ashok Chavan; Murlidhar Mohol"},
		{"bn", "রেলমন্ত্রী সুরেশ প্রভু ও প্রতিমন্ত্রী মনোজ সিনহা ঘটনাস্থলে যান।", "Suresh Prabhu; Manoj Sinha"},
		{"hi", "गृह राज्य मंत्री निशीथ प्रामाणिक और बंडी संजय कुमार", "Nisith Pramanik; Bandi Sanjay Kumar"},
		{"bn", "লোকসভায় অধীর রঞ্জন চৌধুরী ও মহুয়া মৈত্র, রাজ্যসভায় ডেরেক ওব্রায়েন", "Adhir Ranjan Chowdhury; Mahua Moitra; Derek O'Brien"},
		{"en", "Army chief General MM Naravane met Election Commissioner Ashok Lavasa.", "Manoj Mukund Naravane; Ashok Lavasa"},
		// Bangladesh: an adviser, a state minister, a party's leaders.
		{"bn", "স্বরাষ্ট্র উপদেষ্টা জাহাঙ্গীর আলম চৌধুরী ও তথ্য উপদেষ্টা মাহফুজ আলম ব্রিফ করেন; প্রতিমন্ত্রী জুনাইদ আহমেদ পলক", "Jahangir Alam Chowdhury; Mahfuj Alam; Zunaid Ahmed Palak"},
		{"en", "Junaid Ahmed Palak, the state minister for ICT, and BNP's Ruhul Kabir Rizvi", "Zunaid Ahmed Palak; Bangladesh Nationalist Party; Ruhul Kabir Rizvi"},
		{"hi", "बांग्लादेश के संस्थापक शेख मुजीबुर रहमान की प्रतिमा", "Bangladesh; Sheikh Mujibur Rahman"},
		// The neighbours and sport.
		{"hi", "पाकिस्तान के पूर्व सेना प्रमुख कमर जावेद बाजवा और श्रीलंका के मैत्रीपाला सिरिसेना", "Pakistan; Qamar Javed Bajwa; Sri Lanka; Maithripala Sirisena"},
		{"bn", "মনু ভাকর ও সরবজ্যোৎ সিং ব্রোঞ্জ জিতেছেন, মীরাবাই চানু রুপো", "Manu Bhaker; Sarabjot Singh; Mirabai Chanu"},
		{"mr", "स्वप्नील कुसाळे आणि अमन सहरावत यांनी कांस्यपदक जिंकले.", "Swapnil Kusale; Aman Sehrawat"},
		{"en", "Axar Patel and Cheteshwar Pujara", "Axar Patel; Cheteshwar Pujara"},
		{"hi", "गृहमंत्री असदुज्जमान खान ने कहा", "Asaduzzaman Khan"},
		// The words these names share are no one: a lotus, the sun,
		// a king and 'this king' (এ রাজা, which A. Raja's initial would
		// spell), and surnames alone.
		{"hi", "तालाब में कमल खिला और सुबह सूर्य निकला", ""},
		{"bn", "এ রাজা বললেন, পদ্ম ফুটেছে, সূর্য উঠেছে", ""},
		{"mr", "तलावात कमळ फुलले आणि सूर्य उगवला", ""},
		{"en", "The lotus opened; a raja spoke; Gogoi and Rawat were absent.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.text, func(t *testing.T) {
			if got := entityNames(FindEntities(lexNFC(tt.text), tt.lang)); got != tt.want {
				t.Errorf("FindEntities(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestSouthAsiaPeopleAreNew checks that the South Asian people's gazetteer
// repeats no entity of the other files and gives no alias another entity
// answers to: a second row of one person would split the aliases between
// two files, and a shared alias would be read as whichever loads first.
func TestSouthAsiaPeopleAreNew(t *testing.T) {
	const file = "gazetteer_people_southasia.tsv"
	others := map[string]string{} // alias key -> canonical name
	names := map[string]bool{}
	entries, err := gazetteerFS.ReadDir("data")
	if err != nil {
		t.Fatal(err)
	}
	datas := []string{entitiesTSV}
	for _, e := range entries {
		if e.Name() == file {
			continue
		}
		b, err := gazetteerFS.ReadFile("data/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		datas = append(datas, string(b))
	}
	for _, data := range datas {
		for _, r := range lexRows(data) {
			names[r.cols[0]] = true
			for _, a := range lexSplit(r.cols[2]) {
				others[strings.ToLower(lexNFC(a))] = r.cols[0]
			}
		}
	}
	b, err := gazetteerFS.ReadFile("data/" + file)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range lexRows(string(b)) {
		if names[r.cols[0]] {
			t.Errorf("%s is already an entity of another file", r.cols[0])
		}
		for _, a := range lexSplit(r.cols[2]) {
			if other, ok := others[strings.ToLower(lexNFC(a))]; ok {
				t.Errorf("%s: alias %q is already %s's", r.cols[0], a, other)
			}
		}
	}
}

// TestPeopleUnderWikipediaTitles checks that people are named as the
// English Wikipedia titles their articles (Sergey Lavrov, Asaduzzaman
// Khan, P. T. Usha), whatever the script and the older spelling, and that
// a surname many people share ("Stalin") names no one by itself: the
// article's full names resolve it (TestStalinThroughItsArticle).
func TestPeopleUnderWikipediaTitles(t *testing.T) {
	tests := []struct{ lang, text, want string }{
		{"en", "Foreign Minister Sergei Lavrov said", "Sergey Lavrov"},
		{"en", "Foreign Minister Sergey Lavrov said", "Sergey Lavrov"},
		{"bn", "পররাষ্ট্রমন্ত্রী সের্গেই লাভরভ বলেন", "Sergey Lavrov"},
		{"mr", "परराष्ट्रमंत्री सर्गेई लावरोव्ह म्हणाले", "Sergey Lavrov"},
		{"hi", "विदेश मंत्री सर्गेई लावरोव ने कहा", "Sergey Lavrov"},
		{"bn", "স্বরাষ্ট্রমন্ত্রী আসাদুজ্জামান খান কামাল বলেন", "Asaduzzaman Khan"},
		{"en", "Home Minister Asaduzzaman Khan Kamal said", "Asaduzzaman Khan"},
		{"hi", "कोमोरोस के राष्ट्रपति अज़ाली असौमानी", "Comoros; Azali Assoumani"},
		{"bn", "প্রেসিডেন্ট আজালি আসুমানি", "Azali Assoumani"},
		{"mr", "इराणचे परराष्ट्रमंत्री अब्बास अराघची यांनी सांगितले", "Iran; Abbas Araghchi"},
		{"hi", "ईरान के विदेश मंत्री अब्बास अराघची ने कहा", "Iran; Abbas Araghchi"},
		{"bn", "ইরানের পররাষ্ট্রমন্ত্রী আব্বাস আরাঘচি", "Iran; Abbas Araghchi"},
		{"en", "Indian Olympic Association president PT Usha", "Indian Olympic Association; P. T. Usha"},
		{"hi", "आईओए अध्यक्ष पीटी उषा ने कहा", "Indian Olympic Association; P. T. Usha"},
		{"hi", "सेना के प्रवक्ता अहमद शरीफ चौधरी ने कहा", "Ahmed Sharif Chaudhry"},
		{"bn", "আইএসপিআরের মহাপরিচালক আহমেদ শরীফ চৌধুরী", "Inter-Services Public Relations; Ahmed Sharif Chaudhry"},
		{"bn", "রেলওয়ে বোর্ডের চেয়ারপার্সন জয়া বর্মা সিনহা", "Railway Board; Jaya Varma Sinha"},
		{"hi", "रेलवे बोर्ड की अध्यक्ष जया वर्मा सिन्हा", "Railway Board; Jaya Varma Sinha"},
		{"mr", "एअर इंडियाचे मुख्य कार्यकारी अधिकारी कॅम्पबेल विल्सन यांनी", "Air India; Campbell Wilson"},
		{"bn", "পাকিস্তানের আরশাদ নাদিম সোনা জিতেছেন, গ্রেনাডার অ্যান্ডারসন পিটার্স ব্রোঞ্জ", "Pakistan; Arshad Nadeem; Grenada; Anderson Peters"},
		{"hi", "लक्ष्य सेन और अरशद नदीम", "Lakshya Sen; Arshad Nadeem"},
		{"bn", "মার্কিন প্রতিরক্ষামন্ত্রী লয়েড অস্টিন রোমে বলেছেন", "United States; Lloyd Austin"},
		{"mr", "अमेरिकेचे संरक्षणमंत्री लॉईड ऑस्टिन म्हणाले", "United States; Lloyd Austin"},
		{"bn", "ইউক্রেনের পররাষ্ট্রমন্ত্রী আন্দ্রি সিবিহা বলেছেন", "Ukraine; Andrii Sybiha"},
		{"en", "Foreign Minister Andrii Sybiha said", "Andrii Sybiha"},
		{"en", "The Kremlin said Stalin's statue would stay.", ""},
		{"hi", "स्टालिन ने केंद्र से मदद मांगी", ""},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.text, func(t *testing.T) {
			var got []string
			for _, e := range FindEntities(lexNFC(tt.text), tt.lang) {
				if e.Kind == Person || e.Kind == Country || tt.want != "" && strings.Contains(tt.want, e.Name) {
					got = append(got, e.Name)
				}
			}
			if g := strings.Join(got, "; "); g != tt.want {
				t.Errorf("entities = %q, want %q", g, tt.want)
			}
		})
	}
}
