package claims

import "testing"

// Classes of page residue met on the blind development sets (issue 8),
// each in the four languages, with the content beside them that must stay.

func TestCleanPlaceDateMastheads(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{
			name:     "en: place and date, timestamp and agencies",
			body:     "Train derails near Domohani\nJalpaiguri, January 14 | Published: 2022-01-14 | Agencies\nNine people were killed.",
			wantText: "Train derails near Domohani\nNine people were killed.",
			wantGone: []removal{{"Jalpaiguri, January 14 | Published: 2022-01-14 | Agencies", "masthead"}},
		},
		{
			name:     "en: place with its region in brackets",
			body:     "Bridge collapses\nMORBI (Gujarat), October 31 | Staff Reporter\nThe toll rose to 141.",
			wantText: "Bridge collapses\nThe toll rose to 141.",
			wantGone: []removal{{"MORBI (Gujarat), October 31 | Staff Reporter", "masthead"}},
		},
		{
			name:     "bn: place and date, and the news agency",
			body:     "বিমান দুর্ঘটনা\nআমেদাবাদ, ১৪ জুন | সংবাদ সংস্থা\n২৭৯টি দেহ উদ্ধার হয়েছে।",
			wantText: "বিমান দুর্ঘটনা\n২৭৯টি দেহ উদ্ধার হয়েছে।",
			wantGone: []removal{{"আমেদাবাদ, ১৪ জুন | সংবাদ সংস্থা", "masthead"}},
		},
		{
			name:     "bn: place and date, and the paper's own desk",
			body:     "হোর্ডিং বিপর্যয়\nমুম্বই, ২২ মে | নিজস্ব প্রতিবেদন\nমৃতের সংখ্যা বেড়ে ১৭ হয়েছে।",
			wantText: "হোর্ডিং বিপর্যয়\nমৃতের সংখ্যা বেড়ে ১৭ হয়েছে।",
			wantGone: []removal{{"মুম্বই, ২২ মে | নিজস্ব প্রতিবেদন", "masthead"}},
		},
		{
			name:     "hi: place and date, and an English timestamp",
			body:     "ट्रेन हादसा\nकोलकाता, 18 जून | Updated: 18 Jun 2024 02:10 PM IST\nमरने वालों की संख्या 10 हो गई।",
			wantText: "ट्रेन हादसा\nमरने वालों की संख्या 10 हो गई।",
			wantGone: []removal{{"कोलकाता, 18 जून | Updated: 18 Jun 2024 02:10 PM IST", "masthead"}},
		},
		{
			name:     "hi: place and date, and the news agency",
			body:     "ट्रेन हादसा\nसिलीगुड़ी, 17 जून | समाचार एजेंसी\nनौ लोगों की मौत हो गई।",
			wantText: "ट्रेन हादसा\nनौ लोगों की मौत हो गई।",
			wantGone: []removal{{"सिलीगुड़ी, 17 जून | समाचार एजेंसी", "masthead"}},
		},
		{
			name:     "mr: place and date, and the news agency",
			body:     "एक्सप्रेस अपघात\nकोलकाता, १८ जून | वृत्तसंस्था\nमृतांचा आकडा ११ वर पोहोचला आहे.",
			wantText: "एक्सप्रेस अपघात\nमृतांचा आकडा ११ वर पोहोचला आहे.",
			wantGone: []removal{{"कोलकाता, १८ जून | वृत्तसंस्था", "masthead"}},
		},
		{
			name:     "mr: place and date, and the correspondent",
			body:     "गेम झोन आग\nराजकोट, २६ मे | प्रतिनिधी\nआगीत ३५ जणांचा मृत्यू झाला.",
			wantText: "गेम झोन आग\nआगीत ३५ जणांचा मृत्यू झाला.",
			wantGone: []removal{{"राजकोट, २६ मे | प्रतिनिधी", "masthead"}},
		},
		{
			// The place of a dateline alone joins an article to its story.
			name:     "a place and date alone stays",
			body:     "Bengaluru, Aug 23\nThe lander touched down at 6:04 pm.",
			wantText: "Bengaluru, Aug 23\nThe lander touched down at 6:04 pm.",
		},
		{
			name:     "a headline with a place, a date and prose keeps it",
			body:     "Kolkata, June 17 | five killed as goods train rams express\nThe toll rose on Tuesday.",
			wantText: "Kolkata, June 17 | five killed as goods train rams express\nThe toll rose on Tuesday.",
		},
		{
			name:     "a figure after a comma is no date",
			body:     "Mumbai, 75 injured | Staff Reporter\nThe toll rose on Tuesday.",
			wantText: "Mumbai, 75 injured | Staff Reporter\nThe toll rose on Tuesday.",
		},
	})
}

func TestCleanBarredCaptions(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{
			name:     "en: an image file, a bar and the caption",
			body:     "Four cases were confirmed.\nPhoto: /wp-content/uploads/2023/09/ward.jpg | A patient being moved to the isolation ward at Kozhikode Medical College (PTI)\nSeven panchayats were sealed.",
			wantText: "Four cases were confirmed.\nSeven panchayats were sealed.",
			wantGone: []removal{{"Photo: /wp-content/uploads/2023/09/ward.jpg | A patient being moved to the isolation ward at Kozhikode Medical College (PTI)", "photo credit"}},
		},
		{
			name:     "en: a credit, a bar and a caption of sentences",
			body:     "Six medals in all.\nFile photo: AFP | Manu Bhaker and PR Sreejesh carried the flag at the closing ceremony in the Stade de France. (AFP)\nThe haul fell one short.",
			wantText: "Six medals in all.\nThe haul fell one short.",
			wantGone: []removal{{"File photo: AFP | Manu Bhaker and PR Sreejesh carried the flag at the closing ceremony in the Stade de France. (AFP)", "photo credit"}},
		},
		{
			name:     "bn: a credit, a bar and the caption",
			body:     "৯ জনের মৃত্যু হয়েছে।\nছবি: পিটিআই | রাঙাপানির কাছে দুর্ঘটনাগ্রস্ত কামরা থেকে যাত্রীদের উদ্ধার করছেন উদ্ধারকর্মীরা\nতদন্ত শুরু হয়েছে।",
			wantText: "৯ জনের মৃত্যু হয়েছে।\nতদন্ত শুরু হয়েছে।",
			wantGone: []removal{{"ছবি: পিটিআই | রাঙাপানির কাছে দুর্ঘটনাগ্রস্ত কামরা থেকে যাত্রীদের উদ্ধার করছেন উদ্ধারকর্মীরা", "photo credit"}},
		},
		{
			name:     "hi: a credit, a bar and the caption",
			body:     "16 लोगों की मौत हो गई।\nफोटो: एएनआई | घाटकोपर में गिरे होर्डिंग के मलबे को हटाते हुए राहतकर्मी और दमकल विभाग के जवान\nजांच जारी है।",
			wantText: "16 लोगों की मौत हो गई।\nजांच जारी है।",
			wantGone: []removal{{"फोटो: एएनआई | घाटकोपर में गिरे होर्डिंग के मलबे को हटाते हुए राहतकर्मी और दमकल विभाग के जवान", "photo credit"}},
		},
		{
			name:     "mr: a credit, a bar and the caption",
			body:     "१४ जणांचा मृत्यू झाला.\nछायाचित्र: पीटीआय | घाटकोपर येथे कोसळलेल्या होर्डिंगखाली अडकलेल्या वाहनांना बाहेर काढताना बचाव पथक\nतपास सुरू आहे.",
			wantText: "१४ जणांचा मृत्यू झाला.\nतपास सुरू आहे.",
			wantGone: []removal{{"छायाचित्र: पीटीआय | घाटकोपर येथे कोसळलेल्या होर्डिंगखाली अडकलेल्या वाहनांना बाहेर काढताना बचाव पथक", "photo credit"}},
		},
		{
			name:     "a sentence that opens with a photo word keeps it",
			body:     "Photos of the site | shared by the police | show the coaches on their side and the goods train's engine atop one of them.\nThe toll rose.",
			wantText: "Photos of the site | shared by the police | show the coaches on their side and the goods train's engine atop one of them.\nThe toll rose.",
		},
	})
}

func TestCleanAppPrompts(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{
			name:     "bn: the verb mid-line, a promise after it",
			body:     "ট্রেনটি কলকাতায় পৌঁছেছে।\nঅ্যাপ ডাউনলোড করুন, সব খবর এক জায়গায়",
			wantText: "ট্রেনটি কলকাতায় পৌঁছেছে।",
			wantGone: []removal{{"অ্যাপ ডাউনলোড করুন, সব খবর এক জায়গায়", "site furniture"}},
		},
		{
			name:     "bn: the channel with a case ending",
			body:     "ডিএনএ নমুনা সংগ্রহ করা হয়েছে।\nঅ্যাপে পড়ুন আরও খবর",
			wantText: "ডিএনএ নমুনা সংগ্রহ করা হয়েছে।",
			wantGone: []removal{{"অ্যাপে পড়ুন আরও খবর", "site furniture"}},
		},
		{
			name:     "hi: the verb mid-line, a promise after it",
			body:     "शव कार के अंदर मिले।\nऐप डाउनलोड करें और पाएं हर खबर सबसे पहले",
			wantText: "शव कार के अंदर मिले।",
			wantGone: []removal{{"ऐप डाउनलोड करें और पाएं हर खबर सबसे पहले", "site furniture"}},
		},
		{
			name:     "mr: the channel with a case ending",
			body:     "मदत जाहीर केली आहे.\nॲपवर वाचा सर्व ताज्या बातम्या",
			wantText: "मदत जाहीर केली आहे.",
			wantGone: []removal{{"ॲपवर वाचा सर्व ताज्या बातम्या", "site furniture"}},
		},
		{
			name:     "en: an audio player's label",
			body:     "Listen to this article\nAt least five people died in Chennai.",
			wantText: "At least five people died in Chennai.",
			wantGone: []removal{{"Listen to this article", "site furniture"}},
		},
		{
			name:     "hi: an audio player's label",
			body:     "यह खबर सुनें\nचेन्नई में 17 लोगों की मौत हो गई।",
			wantText: "चेन्नई में 17 लोगों की मौत हो गई।",
			wantGone: []removal{{"यह खबर सुनें", "site furniture"}},
		},
		{
			name:     "a report of an app is content",
			body:     "রেল একটি নতুন অ্যাপ চালু করেছে, যাত্রীরা তাতে টিকিট কাটতে পারবেন।\nThe railways asked passengers to download the Rail Madad app to report delays.\nपुलिस ने लोगों से ऐप डाउनलोड करने की अपील की है।",
			wantText: "রেল একটি নতুন অ্যাপ চালু করেছে, যাত্রীরা তাতে টিকিট কাটতে পারবেন।\nThe railways asked passengers to download the Rail Madad app to report delays.\nपुलिस ने लोगों से ऐप डाउनलोड करने की अपील की है।",
		},
	})
}

func TestCleanLiveBadges(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{
			name:     "en: a live-blog badge",
			body:     "Air India flight crashes\nLIVE UPDATES\n241 of 242 on board were killed.",
			wantText: "Air India flight crashes\n241 of 242 on board were killed.",
			wantGone: []removal{{"LIVE UPDATES", "site furniture"}},
		},
		{
			name:     "bn: a live badge",
			body:     "বিমান দুর্ঘটনা\nলাইভ আপডেট\n২৪১ জনের মৃত্যু হয়েছে।",
			wantText: "বিমান দুর্ঘটনা\n২৪১ জনের মৃত্যু হয়েছে।",
			wantGone: []removal{{"লাইভ আপডেট", "site furniture"}},
		},
		{
			name:     "hi: a live badge",
			body:     "विमान हादसा\nलाइव अपडेट\n241 लोगों की मौत हो गई।",
			wantText: "विमान हादसा\n241 लोगों की मौत हो गई।",
			wantGone: []removal{{"लाइव अपडेट", "site furniture"}},
		},
		{
			name:     "mr: a live badge",
			body:     "विमान अपघात\nलाइव्ह अपडेट्स\n२४१ जणांचा मृत्यू झाला.",
			wantText: "विमान अपघात\n२४१ जणांचा मृत्यू झाला.",
			wantGone: []removal{{"लाइव्ह अपडेट्स", "site furniture"}},
		},
		{
			name:     "a headline that opens with live is content",
			body:     "Live updates from Ahmedabad as the toll rises to 265\nThe toll rose.",
			wantText: "Live updates from Ahmedabad as the toll rises to 265\nThe toll rose.",
		},
	})
}

func TestCleanHeadlineKickers(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{
			name:     "en: a kicker and a colon open the headline",
			body:     "Cyclone Michaung: Chennai under water, five dead\nAt least five people died in Chennai on Monday.",
			wantText: "Cyclone Michaung: Chennai under water, five dead\nAt least five people died in Chennai on Monday.",
		},
		{
			name:     "bn: a kicker and a colon open the headline",
			body:     "রাজকোট অগ্নিকাণ্ড: মৃত ২৭, শনাক্ত অংশীদার\nমৃতের সংখ্যা ২৭ বলে নিশ্চিত করেছে সরকার।",
			wantText: "রাজকোট অগ্নিকাণ্ড: মৃত ২৭, শনাক্ত অংশীদার\nমৃতের সংখ্যা ২৭ বলে নিশ্চিত করেছে সরকার।",
		},
		{
			name:     "hi: a kicker and a colon open the headline",
			body:     "बंगाल हादसा: मृतकों की संख्या बढ़कर 10 हुई\nमरने वालों की संख्या मंगलवार को 10 हो गई।",
			wantText: "बंगाल हादसा: मृतकों की संख्या बढ़कर 10 हुई\nमरने वालों की संख्या मंगलवार को 10 हो गई।",
		},
		{
			name:     "mr: a kicker and a colon open the headline",
			body:     "बांगलादेश निवडणूक: अंतिम मतदान ४१.९९ टक्के\nआयोगाने सुधारित आकडेवारी जाहीर केली.",
			wantText: "बांगलादेश निवडणूक: अंतिम मतदान ४१.९९ टक्के\nआयोगाने सुधारित आकडेवारी जाहीर केली.",
		},
		{
			name:     "a place and a colon before the first sentence is a dateline",
			body:     "ঢাকা: নির্বাচনে ৪১.৮ শতাংশ ভোট পড়েছে।",
			wantText: "নির্বাচনে ৪১.৮ শতাংশ ভোট পড়েছে।",
			wantGone: []removal{{"ঢাকা:", "dateline"}},
		},
	})
}
