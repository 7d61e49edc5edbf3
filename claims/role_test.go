package claims

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// roleList renders roles as "Person=role" in order.
func roleList(rs []Role) string {
	var b []string
	for _, r := range rs {
		b = append(b, r.Person+"="+r.Role)
	}
	return strings.Join(b, "; ")
}

func TestFindRoles(t *testing.T) {
	tests := []struct {
		name, lang, text, want string
	}{
		{"bn president before name", "bn", "রাশিয়ার প্রেসিডেন্ট ভ্লাদিমির পুতিনকে তার ব্যক্তিগত জেটের", "Vladimir Putin=president"},
		{"bn leader before name", "bn", "উত্তর কোরিয়ার নেতা কিম জং উনকে বিদায়", "Kim Jong Un=leader"},
		{"bn rashtrapati", "bn", "রাশিয়ার রাষ্ট্রপতি ভ্লাদিমির পুতিন এবং উত্তর কোরিয়ার নেতা কিম জং আপনি", "Vladimir Putin=president; Kim Jong Un=leader"},
		{"bn kim president", "bn", "পুতিন ও উত্তর কোরিয়ার প্রেসিডেন্ট কিম জং উন (North Korean President Kim Jong Un) এর মধ্যে", "Kim Jong Un=president"},
		{"bn supreme leader", "bn", "উত্তর কোরিয়ার সর্বোচ্চ নেতা কিম জং উন", "Kim Jong Un=supreme leader"},
		{"mr adhyaksh and nete", "mr", "रशियाचे अध्यक्ष व्लादिमीर पुतीन यांनी शुक्रवारी उत्तर कोरियाचे नेते किम जोंग उन यांच्याशी “मैत्री” पुष्टी केली", "Vladimir Putin=president; Kim Jong Un=leader"},
		{"hi rashtrapati", "hi", "रूस के राष्ट्रपति व्लादिमीर पुतिन ने कहा", "Vladimir Putin=president"},
		{"hi supreme leader", "hi", "सर्वोच्च नेता किम जोंग उन", "Kim Jong Un=supreme leader"},
		{"en title before name", "en", "North Korean President Kim Jong Un", "Kim Jong Un=president"},
		{"en short title", "en", "President Putin said", "Vladimir Putin=president"},
		{"en apposition", "en", "Kim Jong Un, the supreme leader of North Korea, also responded", "Kim Jong Un=supreme leader"},
		{"en apposition with country", "en", "Putin, Russia's president, said", "Vladimir Putin=president"},
		{"en prime minister", "en", "Prime Minister Narendra Modi will visit", "Narendra Modi=prime minister"},
		{"en vice president is not president", "en", "Vice President JD Vance spoke", "JD Vance=vice president"},
		{"en once per person and role", "en", "Russian President Vladimir Putin met President Putin", "Vladimir Putin=president"},
		{"en former past a country", "en", "Former US president Donald Trump criticised the strikes.", "Donald Trump=former president"},
		{"hi former", "hi", "पूर्व राष्ट्रपति जो बाइडेन के कार्यकाल में यह समझौता हुआ था।", "Joe Biden=former president"},
		{"mr former", "mr", "माजी अध्यक्ष जो बायडेन यांच्या काळात हा करार झाला होता.", "Joe Biden=former president"},
		{"bn former", "bn", "সাবেক প্রেসিডেন্ট ডোনাল্ড ট্রাম্প এই হামলার সমালোচনা করেছেন।", "Donald Trump=former president"},
		// negatives: a title with nobody named beside it binds to nobody
		{"bn kremlin leader", "bn", "বুধবার ভোরে পিয়ংইয়ংয়ের বিমানবন্দরে পৌঁছান ক্রেমলিন নেতা।", ""},
		{"bn title with ending", "bn", "উল্লেখ্য, 24 বছরের মধ্যে রুশ প্রেসিডেন্টের এই প্রথম দেশটিতে সফর", ""},
		{"bn leader then other words", "bn", "উত্তর কোরিয়ার নেতার দিকে হাত নাড়তে", ""},
		{"en the russian president", "en", "Thanking the Russian president, Kim said", ""},
		{"en title then a country", "en", "the president of Russia", ""},
		{"en comma list is no apposition", "en", "Putin met Kim, and the leader smiled", ""},
		{"mr oblique leader", "mr", "पुतीन यांनी उत्तर कोरियाच्या नेत्याला अलास्का शिखर परिषदेच्या तयारीबद्दल", ""},
		{"en title before a place", "en", "leader Moscow", ""},
		{"bn two leaders", "bn", "দুই নেতা কিম ও পুতিন একসঙ্গে", ""},
		{"mr both leaders", "mr", "दोन्ही नेते किम आणि पुतीन भेटले", ""},
		{"en both leaders", "en", "both leaders Kim and Putin met", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := lexNFC(tt.text)
			got := FindRoles(text, tt.lang, FindEntities(text, tt.lang))
			if roleList(got) != tt.want {
				t.Errorf("FindRoles(%q) = %q, want %q", tt.text, roleList(got), tt.want)
			}
			for _, r := range got {
				if r.End > utf8.RuneCountInString(text) || string([]rune(text)[r.Start:r.End]) != r.Text {
					t.Errorf("role %+v: span does not match its text", r)
				}
			}
		})
	}
}

func TestRolesCompatible(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"president", "president", true},
		{"President", " president ", true},
		{"supreme leader", "leader", true},
		{"leader", "supreme leader", true},
		{"dictator", "leader", true},
		{"president", "head of state", true},
		{"president", "leader", false},
		{"president", "supreme leader", false},
		{"president", "king", false},
		{"president", "vice president", false},
		{"prime minister", "president", false},
		{"foreign minister", "minister", true},
		{"foreign minister", "defence minister", false},
		{"astronaut", "astronaut", true},
		{"astronaut", "president", false},
		{"former president", "president", true},
		{"president", "former president", true},
		{"former president", "leader", true},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			if got := RolesCompatible(tt.a, tt.b); got != tt.want {
				t.Errorf("RolesCompatible(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestRoleFamilyAndCanonicalRole(t *testing.T) {
	families := map[string]string{
		"supreme leader": "leader", "leader": "leader", "president": "head of state",
		"prime minister": "head of government", "foreign minister": "minister", "astronaut": "astronaut",
	}
	for role, want := range families {
		if got := RoleFamily(role); got != want {
			t.Errorf("RoleFamily(%q) = %q, want %q", role, got, want)
		}
	}
	words := map[string]string{
		"প্রেসিডেন্ট": "president", "রাষ্ট্রপতি": "president", "अध्यक्ष": "president", "राष्ट्रपति": "president",
		"राष्ट्राध्यक्ष": "president", "President": "president", "নেতা": "leader", "नेते": "leader",
		"सर्वोच्च नेता": "supreme leader", "সর্বোচ্চ নেতা": "supreme leader", "Prime Minister": "prime minister",
	}
	for w, want := range words {
		if got, ok := CanonicalRole(lexNFC(w)); !ok || got != want {
			t.Errorf("CanonicalRole(%q) = %q, %v; want %q", w, got, ok, want)
		}
	}
	for _, w := range []string{"প্রেসিডেন্টের", "president of", "", "nobody"} {
		if got, ok := CanonicalRole(w); ok {
			t.Errorf("CanonicalRole(%q) = %q, want no role", w, got)
		}
	}
}

// TestDeputiesTeamsAndBodies checks the offices beside the ones a state
// gives: a deputy is never read as its principal, a captain leads a team,
// and a president of a body is its chairman where the word may mean
// either (अध्यक्ष, সভাপতি); English says which.
func TestDeputiesTeamsAndBodies(t *testing.T) {
	tests := []struct{ lang, text, want string }{
		{"en", "Australia's deputy prime minister Richard Marles presented the trophy.", "Richard Marles=deputy prime minister"},
		{"hi", "ऑस्ट्रेलिया के उप प्रधानमंत्री रिचर्ड मार्लेस ने ट्रॉफी दी।", "Richard Marles=deputy prime minister"},
		{"mr", "उपमुख्यमंत्री देवेंद्र फडणवीस यांनी आढावा घेतला.", "Devendra Fadnavis=deputy chief minister"},
		{"bn", "উপমুখ্যমন্ত্রী অনিল শর্মা বলেন, ত্রাণ চলছে।", "Anil Sharma=deputy chief minister"},
		{"en", "Minister of State for Home Harsh Sanghavi said a committee was set up.", "Harsh Sanghavi=minister of state for home"},
		{"hi", "गृह राज्य मंत्री हर्ष संघवी ने कहा कि जांच होगी।", "Harsh Sanghavi=minister of state for home"},
		{"en", "Sent in by Australian captain Pat Cummins, India batted.", "Pat Cummins=captain"},
		{"bn", "অস্ট্রেলিয়ার অধিনায়ক প্যাট কামিন্স বলেছিলেন, মাঠ ভরবে।", "Pat Cummins=captain"},
		{"hi", "कप्तान रोहित शर्मा ने 47 रन बनाए।", "Rohit Sharma=captain"},
		{"mr", "कर्णधार पॅट कमिन्स याने नाणेफेक जिंकली.", "Pat Cummins=captain"},
		{"hi", "इसरो अध्यक्ष एस. सोमनाथ ने कहा कि रोवर चल रहा है।", "S. Somanath=chairman"},
		{"mr", "इस्रोचे अध्यक्ष एस. सोमनाथ यांनी माहिती दिली.", "S. Somanath=chairman"},
		{"hi", "रेलवे बोर्ड की अध्यक्ष जया वर्मा सिन्हा ने कहा।", "Jaya Varma Sinha=chairman"},
		{"hi", "नाटो महासचिव मार्क रुटे ने कहा कि मदद जारी रहेगी।", "Mark Rutte=secretary general"},
		{"hi", "संयुक्त राष्ट्र के महासचिव एंटोनियो गुटेरेस ने चिंता जताई।", "António Guterres=secretary general"},
		{"hi", "भाजपा महासचिव अनिल शर्मा ने कहा।", "Anil Sharma=general secretary"},
		{"en", "US Defense Secretary Lloyd Austin announced the package.", "Lloyd Austin=defence minister"},
		{"en", "Defence Secretary Anil Sharma briefed the committee.", "Anil Sharma=secretary"},
		{"bn", "রেলওয়ে বোর্ডের চেয়ারপার্সন জয়া বর্মা সিনহা জানিয়েছেন।", "Jaya Varma Sinha=chairman"},
		{"mr", "रशियाचे अध्यक्ष व्लादिमीर पुतीन यांनी सांगितले.", "Vladimir Putin=president"},
		{"en", "Indian Olympic Association president PT Usha praised the team.", "P. T. Usha=president"},
		{"en", "ISRO chairman S. Somanath said the rover was moving.", "S. Somanath=chairman"},
		{"hi", "खेल मंत्री मनसुख मांडविया ने खिलाड़ियों को बधाई दी।", "Mansukh Mandaviya=sports minister"},
		{"bn", "ক্রীড়ামন্ত্রী মনসুখ মান্ডভিয়া শুভেচ্ছা জানিয়েছেন।", "Mansukh Mandaviya=sports minister"},
		{"mr", "क्रीडामंत्री मनसुख मांडविया यांनी अभिनंदन केले.", "Mansukh Mandaviya=sports minister"},
		{"en", "Union Health Minister Mansukh Mandaviya said a team was sent.", "Mansukh Mandaviya=health minister"},
		{"bn", "এয়ার ইন্ডিয়ার মুখ্য কার্যনির্বাহী আধিকারিক ক্যাম্পবেল উইলসন জানিয়েছেন।", "Campbell Wilson=chief executive"},
		{"bn", "দুর্যোগ ব্যবস্থাপনা ও ত্রাণ প্রতিমন্ত্রী ডা. মো. এনামুর রহমান জানিয়েছেন।", "Enamur Rahman=minister of state"},
	}
	for _, tt := range tests {
		t.Run(tt.lang+"/"+tt.text, func(t *testing.T) {
			text := lexNFC(tt.text)
			ents := FindEntities(text, tt.lang)
			if got := roleList(FindRoles(text, tt.lang, ents)); got != tt.want {
				t.Errorf("roles = %q, want %q (entities %q)", got, tt.want, entityNames(ents))
			}
		})
	}
}
