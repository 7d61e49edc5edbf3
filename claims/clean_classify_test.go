package claims

import (
	"fmt"
	"testing"
)

// cleanCase is one body, what Clean should keep of it and what it should
// remove, with the reason shown to reviewers.
type cleanCase struct {
	name     string
	body     string
	wantText string
	wantGone []removal
}

// runCleanCases checks each case's text, removals and invariants.
func runCleanCases(t *testing.T, tests []cleanCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Clean(tt.body)
			if c.Text != tt.wantText {
				t.Errorf("Text = %q\nwant   %q", c.Text, tt.wantText)
			}
			var got []removal
			for _, r := range c.Removed {
				got = append(got, removal{r.Text, r.Reason})
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.wantGone) {
				t.Errorf("Removed = %q\nwant      %q", got, tt.wantGone)
			}
			checkCleanInvariants(t, tt.body, c)
		})
	}
}

func TestCleanMasthead(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{
			name:     "en: site name, e-mail and the scrape day's date",
			body:     "Dhaka Tribune | news@dhakatribune.com | Wednesday, December 2, 2026\nFloods kill five in Sylhet\n\nFive people died.",
			wantText: "Floods kill five in Sylhet\n\nFive people died.",
			wantGone: []removal{{"Dhaka Tribune | news@dhakatribune.com | Wednesday, December 2, 2026", "masthead"}},
		},
		{
			name:     "bn: site name and date between bullets",
			body:     "দৈনিক সংবাদ • ২ ডিসেম্বর ২০২৬ • ই-পেপার\nসিলেটে বন্যায় পাঁচজনের মৃত্যু",
			wantText: "সিলেটে বন্যায় পাঁচজনের মৃত্যু",
			wantGone: []removal{{"দৈনিক সংবাদ • ২ ডিসেম্বর ২০২৬ • ই-পেপার", "masthead"}},
		},
		{
			name:     "hi: paper, e-mail and date",
			body:     "दैनिक समाचार | desk@samachar.in | 2 दिसंबर 2026\nबाढ़ में पांच लोगों की मौत हो गई।",
			wantText: "बाढ़ में पांच लोगों की मौत हो गई।",
			wantGone: []removal{{"दैनिक समाचार | desk@samachar.in | 2 दिसंबर 2026", "masthead"}},
		},
		{
			name:     "mr: paper, web address and date",
			body:     "दैनिक वार्ता | www.varta.in | २ डिसेंबर २०२६\nपुरात पाच जणांचा मृत्यू झाला.",
			wantText: "पुरात पाच जणांचा मृत्यू झाला.",
			wantGone: []removal{{"दैनिक वार्ता | www.varta.in | २ डिसेंबर २०२६", "masthead"}},
		},
		{
			name:     "a headline with a bar keeps its prose",
			body:     "Kerala floods | death toll rises to 324 in the state\nOfficials said so.",
			wantText: "Kerala floods | death toll rises to 324 in the state\nOfficials said so.",
		},
	})
}

func TestCleanContactLines(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{
			name:     "en: an e-mail with its label",
			body:     "Five people died.\nEmail: editor@example.com",
			wantText: "Five people died.",
			wantGone: []removal{{"Email: editor@example.com", "contact line"}},
		},
		{
			name:     "bn: an e-mail with its label",
			body:     "৬১ জনের মৃত্যু হয়েছে।\nই-মেইল: info@songbad.com.bd",
			wantText: "৬১ জনের মৃত্যু হয়েছে।",
			wantGone: []removal{{"ই-মেইল: info@songbad.com.bd", "contact line"}},
		},
		{
			name:     "hi: a bare domain with a label",
			body:     "पांच लोगों की मौत हो गई।\nवेबसाइट: samachar.in",
			wantText: "पांच लोगों की मौत हो गई।",
			wantGone: []removal{{"वेबसाइट: samachar.in", "source link"}},
		},
		{
			name:     "mr: e-mail line",
			body:     "पाच जणांचा मृत्यू झाला.\nसंपर्क: vartahar@varta.in",
			wantText: "पाच जणांचा मृत्यू झाला.",
			wantGone: []removal{{"संपर्क: vartahar@varta.in", "contact line"}},
		},
		{
			name:     "a sentence citing an address stays",
			body:     "See https://example.com for more.\nThe ministry posted the list at www.mha.gov.in on Monday.",
			wantText: "See https://example.com for more.\nThe ministry posted the list at www.mha.gov.in on Monday.",
		},
	})
}

func TestCleanDeskLabels(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{
			name:     "a line of desk labels",
			body:     "KICKER HL BODY\nFive people died.",
			wantText: "Five people died.",
			wantGone: []removal{{"KICKER HL BODY", "desk labels"}},
		},
		{
			name:     "a label alone and a label before the headline",
			body:     "SLUG\nHL: Floods kill five in Kerala\nFive people died.",
			wantText: "Floods kill five in Kerala\nFive people died.",
			wantGone: []removal{{"SLUG", "desk labels"}, {"HL: ", "desk labels"}},
		},
		{
			name:     "bn: labels above Bengali text",
			body:     "HL BODY\nসিলেটে বন্যায় পাঁচজনের মৃত্যু হয়েছে।",
			wantText: "সিলেটে বন্যায় পাঁচজনের মৃত্যু হয়েছে।",
			wantGone: []removal{{"HL BODY", "desk labels"}},
		},
		{
			name:     "hi and mr: a label before the text",
			body:     "BODY: बाढ़ में पांच लोगों की मौत हो गई।\nINTRO: पुरात पाच जणांचा मृत्यू झाला.",
			wantText: "बाढ़ में पांच लोगों की मौत हो गई।\nपुरात पाच जणांचा मृत्यू झाला.",
			wantGone: []removal{{"BODY: ", "desk labels"}, {"INTRO: ", "desk labels"}},
		},
		{
			name:     "a headline in capitals stays",
			body:     "FIVE PEOPLE DIED IN KERALA FLOODS\nNASA LAUNCH DELAYED\nUS UK TALKS\nFive people died.",
			wantText: "FIVE PEOPLE DIED IN KERALA FLOODS\nNASA LAUNCH DELAYED\nUS UK TALKS\nFive people died.",
		},
	})
}

func TestCleanDateLines(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{
			name:     "en: created and modified stamps with labels",
			body:     "Date: 2025-03-14, created: 2025-03-14 11:05:37\nFive people died.",
			wantText: "Five people died.",
			wantGone: []removal{{"Date: 2025-03-14, created: 2025-03-14 11:05:37", "date line"}},
		},
		{
			name:     "en: a banner date above the headline",
			body:     "Wednesday, 2 December 2026\nFloods kill five in Kerala\n\nFive people died on Monday.",
			wantText: "Floods kill five in Kerala\n\nFive people died on Monday.",
			wantGone: []removal{{"Wednesday, 2 December 2026", "date line"}},
		},
		{
			name:     "bn: a banner date",
			body:     "বুধবার, ২ ডিসেম্বর ২০২৬\nসিলেটে বন্যা\n\n৬১ জনের মৃত্যু হয়েছে।",
			wantText: "সিলেটে বন্যা\n\n৬১ জনের মৃত্যু হয়েছে।",
			wantGone: []removal{{"বুধবার, ২ ডিসেম্বর ২০২৬", "date line"}},
		},
		{
			name:     "hi: a banner date",
			body:     "बुधवार, 2 दिसंबर 2026\nबाढ़ में पांच लोगों की मौत हो गई।",
			wantText: "बाढ़ में पांच लोगों की मौत हो गई।",
			wantGone: []removal{{"बुधवार, 2 दिसंबर 2026", "date line"}},
		},
		{
			name:     "mr: a banner date",
			body:     "२ डिसेंबर २०२६, बुधवार\nपुरात पाच जणांचा मृत्यू झाला.",
			wantText: "पुरात पाच जणांचा मृत्यू झाला.",
			wantGone: []removal{{"२ डिसेंबर २०२६, बुधवार", "date line"}},
		},
		{
			name:     "a sentence with a date stays, in every language",
			body:     "Five people died on 2 December 2026.\n২ ডিসেম্বর ৬১ জনের মৃত্যু হয়েছে।\n2 दिसंबर को पांच लोगों की मौत हुई।\n२ डिसेंबर रोजी पाच जणांचा मृत्यू झाला.",
			wantText: "Five people died on 2 December 2026.\n২ ডিসেম্বর ৬১ জনের মৃত্যু হয়েছে।\n2 दिसंबर को पांच लोगों की मौत हुई।\n२ डिसेंबर रोजी पाच जणांचा मृत्यू झाला.",
		},
	})
}

func TestCleanMarkup(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{
			name:     "a file path left by an image",
			body:     "Five people died.\n/media/files/2024/05/photo.webp)\nRescue goes on.",
			wantText: "Five people died.\nRescue goes on.",
			wantGone: []removal{{"/media/files/2024/05/photo.webp)", "file path"}},
		},
		{
			name:     "bn: a file name inside a sentence",
			body:     "উদ্ধার চলছে uploads/2024/flood.jpg) এবং ৬১ জনের মৃত্যু হয়েছে।",
			wantText: "উদ্ধার চলছে এবং ৬১ জনের মৃত্যু হয়েছে।",
			wantGone: []removal{{"uploads/2024/flood.jpg)", "file path"}},
		},
		{
			name:     "a code between tildes and template braces",
			body:     "~XY.12~\nपांच लोगों की मौत हो गई। {{ ad_slot_2 }}\n%%AD_TOP%%\nपाच जणांचा मृत्यू झाला.",
			wantText: "पांच लोगों की मौत हो गई।\nपाच जणांचा मृत्यू झाला.",
			wantGone: []removal{{"~XY.12~", "CMS tag"}, {"{{ ad_slot_2 }}", "CMS tag"}, {"%%AD_TOP%%", "CMS tag"}},
		},
		{
			name:     "shortcodes of a known name",
			body:     "[caption id=\"attachment_12\" align=\"alignleft\"]Rescuers at work[/caption]\nFive people died.",
			wantText: "Rescuers at work\nFive people died.",
			wantGone: []removal{{"[caption id=\"attachment_12\" align=\"alignleft\"]", "CMS tag"}, {"[/caption]", "CMS tag"}},
		},
		{
			name:     "brackets, slashes and tildes of prose stay",
			body:     "He said [sic] it was 24/7 and/or ~5 km away [1].\nমস্কো/সিওল থেকে খবর।\nThe 50% rise was ~ expected.",
			wantText: "He said [sic] it was 24/7 and/or ~5 km away [1].\nমস্কো/সিওল থেকে খবর।\nThe 50% rise was ~ expected.",
		},
	})
}

func TestCleanReaderCalls(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{
			name:     "en: download the app and watch videos",
			body:     "Five people died.\nDownload the X app and watch the latest videos\nInstall our app for alerts.",
			wantText: "Five people died.",
			wantGone: []removal{{"Download the X app and watch the latest videos", "site furniture"}, {"Install our app for alerts.", "site furniture"}},
		},
		{
			name:     "bn: app download call",
			body:     "৬১ জনের মৃত্যু হয়েছে।\nসর্বশেষ খবর ও ভিডিও পেতে আমাদের অ্যাপ ডাউনলোড করুন",
			wantText: "৬১ জনের মৃত্যু হয়েছে।",
			wantGone: []removal{{"সর্বশেষ খবর ও ভিডিও পেতে আমাদের অ্যাপ ডাউনলোড করুন", "site furniture"}},
		},
		{
			name:     "hi: app download call",
			body:     "पांच लोगों की मौत हो गई।\nताजा खबरों के लिए हमारा ऐप डाउनलोड करें।",
			wantText: "पांच लोगों की मौत हो गई।",
			wantGone: []removal{{"ताजा खबरों के लिए हमारा ऐप डाउनलोड करें।", "site furniture"}},
		},
		{
			name:     "mr: watch videos call",
			body:     "पाच जणांचा मृत्यू झाला.\nताज्या बातम्यांचे व्हिडिओ आमच्या चॅनेलवर पाहा",
			wantText: "पाच जणांचा मृत्यू झाला.",
			wantGone: []removal{{"ताज्या बातम्यांचे व्हिडिओ आमच्या चॅनेलवर पाहा", "site furniture"}},
		},
		{
			name:     "reporting on an app or a video stays",
			body:     "Residents watch the video of the collapse.\nThe app was downloaded by two million people.\nसरकार ने ऐप जारी किया।",
			wantText: "Residents watch the video of the collapse.\nThe app was downloaded by two million people.\nसरकार ने ऐप जारी किया।",
		},
	})
}

func TestCleanRepeats(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{
			name:     "en: a paragraph printed twice is one claim",
			body:     "Five people died.\n\nRescue goes on.\n\n  Five people died. ",
			wantText: "Five people died.\n\nRescue goes on.",
			wantGone: []removal{{"  Five people died. ", "repeated paragraph"}},
		},
		{
			name:     "bn: a repeated paragraph",
			body:     "৬১ জনের মৃত্যু হয়েছে।\nউদ্ধার চলছে।\n৬১ জনের মৃত্যু হয়েছে।",
			wantText: "৬১ জনের মৃত্যু হয়েছে।\nউদ্ধার চলছে।",
			wantGone: []removal{{"৬১ জনের মৃত্যু হয়েছে।", "repeated paragraph"}},
		},
		{
			name:     "hi and mr: repeated paragraphs",
			body:     "पांच लोगों की मौत हो गई।\nपाच जणांचा मृत्यू झाला.\nपांच लोगों की मौत हो गई।\nपाच जणांचा मृत्यू झाला.",
			wantText: "पांच लोगों की मौत हो गई।\nपाच जणांचा मृत्यू झाला.",
			wantGone: []removal{{"पांच लोगों की मौत हो गई।", "repeated paragraph"}, {"पाच जणांचा मृत्यू झाला.", "repeated paragraph"}},
		},
		{
			name:     "different paragraphs stay",
			body:     "Five people died.\nFive people died on Monday.",
			wantText: "Five people died.\nFive people died on Monday.",
		},
	})
}

func TestCleanCutOff(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{
			name:     "en: the page stops mid-sentence",
			body:     "Floods hit Kerala.\n\nThe toll rose to 61 on Tuesday. More than",
			wantText: "Floods hit Kerala.\n\nThe toll rose to 61 on Tuesday.",
			wantGone: []removal{{"More than", "cut-off excerpt"}},
		},
		{
			name:     "bn: the page stops mid-word on a line of its own",
			body:     "সিলেটে বন্যা।\n\n৬১ জনের মৃত্যু হয়েছে।\nপ্র",
			wantText: "সিলেটে বন্যা।\n\n৬১ জনের মৃত্যু হয়েছে।",
			wantGone: []removal{{"প্র", "cut-off excerpt"}},
		},
		{
			name:     "hi: an unfinished sentence after a finished one",
			body:     "बाढ़ आई।\nपांच लोगों की मौत हो गई। अधिकारियों ने बताया कि",
			wantText: "बाढ़ आई।\nपांच लोगों की मौत हो गई।",
			wantGone: []removal{{"अधिकारियों ने बताया कि", "cut-off excerpt"}},
		},
		{
			name:     "mr: an unfinished sentence after a finished one",
			body:     "पूर आला.\nपाच जणांचा मृत्यू झाला. बचावकार्य सुरू",
			wantText: "पूर आला.\nपाच जणांचा मृत्यू झाला.",
			wantGone: []removal{{"बचावकार्य सुरू", "cut-off excerpt"}},
		},
		{
			name:     "a long unfinished sentence says enough and stays",
			body:     "Floods hit Kerala.\nOfficials said the toll from the floods in the state had risen to 324 and more than",
			wantText: "Floods hit Kerala.\nOfficials said the toll from the floods in the state had risen to 324 and more than",
		},
		{
			name:     "a finished ending, a trailing ellipsis and a lone headline stay",
			body:     "Five people died.\nAnd then he said…",
			wantText: "Five people died.\nAnd then he said…",
		},
		{
			name:     "a headline-only article stays",
			body:     "Floods kill five in Kerala",
			wantText: "Floods kill five in Kerala",
		},
	})
}

// TestCleanKeepsContent: short factual sentences, headlines and quotes of
// every language pass the classifier untouched.
func TestCleanKeepsContent(t *testing.T) {
	body := "Five people died.\n" +
		"৬১ জনের মৃত্যু হয়েছে।\n" +
		"पांच लोगों की मौत हो गई।\n" +
		"पाच जणांचा मृत्यू झाला.\n" +
		"Floods kill five in Kerala\n" +
		"সিলেটে বন্যায় ৬১ জনের মৃত্যু\n" +
		"\"We have lost everything,\" a farmer said.\n" +
		"“আমরা সব হারিয়েছি,” বললেন এক কৃষক।\n" +
		"'हमने सब कुछ खो दिया', एक किसान ने कहा।\n" +
		"\"आम्ही सर्व गमावले\", असे एका शेतकऱ्याने सांगितले.\n" +
		"Toll: 61\n" +
		"Kerala, India\n" +
		"The death toll has crossed 3,000."
	runCleanCases(t, []cleanCase{{name: "content in four languages", body: body, wantText: body}})
}

func TestCleanBetweenFurniture(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{
			name:     "en: a site name above the banner date, the headline under it kept",
			body:     "Kerala Chronicle\nWednesday, 2 December 2026\nKerala floods\nBy Staff Reporter\nFive people died on Monday, officials said.",
			wantText: "Kerala floods\nFive people died on Monday, officials said.",
			wantGone: []removal{
				{"Kerala Chronicle", ReasonBetweenFurniture},
				{"Wednesday, 2 December 2026", "date line"},
				{"By Staff Reporter", "byline"},
			},
		},
		{
			name:     "bn: tags between share and comments at the foot",
			body:     "সিলেটে বন্যা\n\n৬১ জনের মৃত্যু হয়েছে।\nশেয়ার\nসিলেট বন্যা বৃষ্টি\nমন্তব্য (০)",
			wantText: "সিলেটে বন্যা\n\n৬১ জনের মৃত্যু হয়েছে।",
			wantGone: []removal{{"শেয়ার", "site furniture"}, {"সিলেট বন্যা বৃষ্টি", ReasonBetweenFurniture}, {"মন্তব্য (০)", "site furniture"}},
		},
		{
			name:     "hi: a subheading after an ad marker stays",
			body:     "पांच लोगों की मौत हो गई।\n[ad_1]\nराहत कार्य\nराहत कार्य जारी है और सेना तैनात की गई है।",
			wantText: "पांच लोगों की मौत हो गई।\nराहत कार्य\nराहत कार्य जारी है और सेना तैनात की गई है।",
			wantGone: []removal{{"[ad_1]", "ad marker"}},
		},
		{
			name:     "mr: a lone headline under furniture is the title and stays",
			body:     "शेअर करा\nकोल्हापुरात पूर\nविज्ञापन\nपाच जणांचा मृत्यू झाला.",
			wantText: "कोल्हापुरात पूर\nपाच जणांचा मृत्यू झाला.",
			wantGone: []removal{{"शेअर करा", "site furniture"}, {"विज्ञापन", "site furniture"}},
		},
	})
}

func TestCleanNavigationAndCredits(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{
			name:     "en: a navigation menu",
			body:     "Home | India | World | Videos | Photos\nFive people died.",
			wantText: "Five people died.",
			wantGone: []removal{{"Home | India | World | Videos | Photos", "navigation menu"}},
		},
		{
			name:     "bn, hi, mr: navigation menus",
			body:     "প্রচ্ছদ | দেশ | বিদেশ | খেলা\nহোম • देश • दुनिया • खेल\nमुखपृष्ठ | महाराष्ट्र | देश | क्रीडा\n৬১ জনের মৃত্যু হয়েছে।",
			wantText: "৬১ জনের মৃত্যু হয়েছে।",
			wantGone: []removal{
				{"প্রচ্ছদ | দেশ | বিদেশ | খেলা", "navigation menu"},
				{"হোম • देश • दुनिया • खेल", "navigation menu"},
				{"मुखपृष्ठ | महाराष्ट्र | देश | क्रीडा", "navigation menu"},
			},
		},
		{
			name:     "a headline of few parts stays",
			body:     "Kerala | Floods | Five dead\nFive people died.",
			wantText: "Kerala | Floods | Five dead\nFive people died.",
		},
		{
			// The Hindi note names the agency feed, as syndication notes do.
			name:     "en and hi: credits in brackets",
			body:     "Five people died.\n(Reporting by Jane Doe; Editing by John Roe)\nपांच लोगों की मौत हो गई।\n(इनपुट: एजेंसी)",
			wantText: "Five people died.\nपांच लोगों की मौत हो गई।",
			wantGone: []removal{{"(Reporting by Jane Doe; Editing by John Roe)", "byline"}, {"(इनपुट: एजेंसी)", "site furniture"}},
		},
		{
			name:     "bn: a credit in brackets",
			body:     "৬১ জনের মৃত্যু হয়েছে।\n(ইনপুট: রয়টার্স)",
			wantText: "৬১ জনের মৃত্যু হয়েছে।",
			wantGone: []removal{{"(ইনপুট: রয়টার্স)", "byline"}},
		},
		{
			name:     "a bracketed sentence stays",
			body:     "(The toll was 61 by Monday.)\nFive people died.",
			wantText: "(The toll was 61 by Monday.)\nFive people died.",
		},
		{
			name:     "en: a stub after an ellipsis at the end",
			body:     "Floods hit Kerala.\nThe toll rose to 61 on Tuesday. More than...",
			wantText: "Floods hit Kerala.\nThe toll rose to 61 on Tuesday.",
			wantGone: []removal{{"More than...", "cut-off excerpt"}},
		},
	})
}

func TestCleanDesksAndAgencies(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{
			name:     "en: a dateline line with the agencies in brackets",
			body:     "Dhaka, July 20 (Agencies)\nFive people died.",
			wantText: "Five people died.",
			wantGone: []removal{{"Dhaka, July 20 (Agencies)", "byline"}},
		},
		{
			name:     "mr and hi: the agencies in brackets",
			body:     "काठमांडू, ७ मे (वृत्तसंस्था)\nपाच जणांचा मृत्यू झाला.\nकाठमांडू, 7 मई (एजेंसी)\nपांच लोगों की मौत हो गई।",
			wantText: "पाच जणांचा मृत्यू झाला.\nपांच लोगों की मौत हो गई।",
			wantGone: []removal{{"काठमांडू, ७ मे (वृत्तसंस्था)", "byline"}, {"काठमांडू, 7 मई (एजेंसी)", "byline"}},
		},
		{
			name:     "bn: an own-report byline, alone and with its place",
			body:     "নিজস্ব প্রতিবেদন\nনিজস্ব প্রতিবেদন, কলকাতা\n৬১ জনের মৃত্যু হয়েছে।",
			wantText: "৬১ জনের মৃত্যু হয়েছে।",
			wantGone: []removal{{"নিজস্ব প্রতিবেদন", "byline"}, {"নিজস্ব প্রতিবেদন, কলকাতা", "byline"}},
		},
		{
			name:     "hi and en: an online team signs the story",
			body:     "ऑनलाइन टीम, पुणे\nपांच लोगों की मौत हो गई।\nOnline Team\nFive people died.",
			wantText: "पांच लोगों की मौत हो गई।\nFive people died.",
			wantGone: []removal{{"ऑनलाइन टीम, पुणे", "byline"}, {"Online Team", "byline"}},
		},
		{
			name:     "a report named in a headline stays",
			body:     "জাতিসংঘের প্রতিবেদন\n\n৬১ জনের মৃত্যু হয়েছে।\nThe rescue team\nFive people died.",
			wantText: "জাতিসংঘের প্রতিবেদন\n\n৬১ জনের মৃত্যু হয়েছে।\nThe rescue team\nFive people died.",
		},
	})
}

func TestCleanFootLists(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{
			name:     "mr: a question headline under a related-news heading",
			body:     "पाच जणांचा मृत्यू झाला.\nसंबंधित बातम्या\nनव्या मंत्रिमंडळात कोणाला संधी?\nShare this article",
			wantText: "पाच जणांचा मृत्यू झाला.",
			wantGone: []removal{{"संबंधित बातम्या", "read-more teaser"}, {"नव्या मंत्रिमंडळात कोणाला संधी?", "related-article list"}, {"Share this article", "site furniture"}},
		},
		{
			name:     "en: a trending list",
			body:     "Five people died.\nFollow us on Facebook, Twitter and Instagram for the latest updates\nTrending\nAirport reopens after two weeks\nSchools to reopen on Monday",
			wantText: "Five people died.",
			wantGone: []removal{
				{"Follow us on Facebook, Twitter and Instagram for the latest updates", "site furniture"},
				{"Trending", "site furniture"},
				{"Airport reopens after two weeks", "related-article list"},
				{"Schools to reopen on Monday", "related-article list"},
			},
		},
		{
			name:     "bn: a trending list",
			body:     "৬১ জনের মৃত্যু হয়েছে।\nট্রেন্ডিং\nবাজারে ইলিশের দাম চড়া",
			wantText: "৬১ জনের মৃত্যু হয়েছে।",
			wantGone: []removal{{"ট্রেন্ডিং", "read-more teaser"}, {"বাজারে ইলিশের দাম চড়া", "related-article list"}},
		},
		{
			name:     "hi: a most-read list",
			body:     "पांच लोगों की मौत हो गई।\nसबसे ज्यादा पढ़ी गई\nमुंबई में भारी बारिश",
			wantText: "पांच लोगों की मौत हो गई।",
			wantGone: []removal{{"सबसे ज्यादा पढ़ी गई", "read-more teaser"}, {"मुंबई में भारी बारिश", "related-article list"}},
		},
		{
			name:     "en: share calls at the foot are furniture",
			body:     "Five people died.\nShare this story\nShare on WhatsApp",
			wantText: "Five people died.",
			wantGone: []removal{{"Share this story", "site furniture"}, {"Share on WhatsApp", "site furniture"}},
		},
		{
			name:     "a question at the end of an article stays",
			body:     "Five people died.\nWhat happens next?",
			wantText: "Five people died.\nWhat happens next?",
		},
	})
}
