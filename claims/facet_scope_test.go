package claims

import (
	"slices"
	"strings"
	"testing"
)

// TestEventFacets checks, per language, the figures of a story's event:
// tolls with no owner, their scopes, sums of money, and the figures that
// state nothing (projections).
func TestEventFacets(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // Subject|Attribute|Value of each facet
	}{
		{"en toll with no owner is the event's", "The death toll has risen to 61, officials said.", []string{"|killed person count|61 person"}},
		{"en lives lost", "Vijayan said 324 people had lost their lives in the rains.", []string{"|killed person count|324 person"}},
		{"bn toll in a state the claim does not name", "ঝড়ে রাজ্যে এখনও পর্যন্ত ৮০ জনের মৃত্যু হয়েছে।", []string{"the state|killed person count|80 person"}},
		{"hi toll", "मोरबी में पुल गिरने से मरने वालों की संख्या बढ़कर 132 हो गई है।", []string{"Morbi|killed person count|132 person"}},
		{"mr toll", "पूर आणि भूस्खलनातील मृतांची संख्या वाढून 373 झाली आहे.", []string{"|killed person count|373 person"}},
		{"deaths count people killed", "An adviser said 186 of those deaths had occurred in the last week.", []string{"|killed person count|186 person"}},
		{"hi a reduplicated count is so many each", "गुजरात और कर्नाटक के तीन-तीन लोग मारे गए।", []string{"|killed person count each|3 person"}},
		{"bn a reduplicated count is so many each", "দুই জেলায় ১০-১০ জন নিহত হয়েছেন।", []string{"|killed person count each|10 person"}},
		{"hi a reduplicated sum is the family's", "सरकार मृतकों के परिजनों को 10-10 लाख रुपये देगी।", []string{"|aid inr to kin|1000000 inr"}},
		{"bn votes that fell are the turnout", "দ্বাদশ জাতীয় সংসদ নির্বাচনে ৪০ শতাংশের মতো ভোট পড়েছে বলে জানিয়েছেন প্রধান নির্বাচন কমিশনার।", []string{"|turnout percent|~40 percent"}},
		{"bn the turnout phrase before the figure", "ভোট শেষে সিইসি: ভোট পড়েছে ৪০ শতাংশের মতো", []string{"|turnout percent|~40 percent"}},
		{"bn a price that fell is no turnout", "চালের দাম ১০ শতাংশ পড়েছে।", nil},
		{"en since a date", "Some 186 people have died since August 8, 2018.", []string{"|killed person count since 2018-08-08|~186 person"}},
		{"bn since a date", "কেরলে ৮ অগস্ট ২০১৮ থেকে এখনও পর্যন্ত ১৯৪ জনের মৃত্যু হয়েছে।", []string{"Kerala|killed person count since 2018-08-08|194 person"}},
		{"bn several places: the toll takes the one before it", "এর মধ্যে চট্টগ্রামে তিনজন, ঢাকায় দুজন ও রংপুরে একজন নিহত হন।", []string{"Chattogram|killed person count|3 person"}},
		{"en results verbs tie a party to its seats", "The opposition INDIA bloc finished with 234 seats.", []string{"INDIA bloc|seat count|234 seat"}},
		{"bn a country it happened in scopes a toll", "ঘূর্ণিঝড়ে বাংলাদেশে ১৬ জনের মৃত্যু হয়েছে।", []string{"Bangladesh|killed person count|16 person"}},
		{"en one day alone", "On Sunday alone 19 people were killed in the clashes.", []string{"|killed person count daily|19 person"}},
		{"bn the last 24 hours are one day", "গত ২৪ ঘণ্টায় ১২ জনের মৃত্যু হয়েছে।", []string{"|killed person count daily|12 person"}},
		{"hi new cases are one day's", "राज्य में 68,631 नए मामले दर्ज किए गए।", []string{"|infected person count daily|68631 person"}},
		{"hi a part of a figure beside it states nothing of its own", "भूकंप में 49 भारतीयों समेत कम से कम 79 विदेशी नागरिकों की मौत हुई है।", []string{"|killed civilian count|>=79 civilian"}},
		{"en including", "At least 79 people were killed, including 49 Indians.", []string{"|killed person count|>=79 person"}},
		{"bn climbers are not the toll of people", "এভারেস্টে তুষারধসে অন্তত ১৮ জন পর্বতারোহীর মৃত্যু হয়েছে।", []string{"|killed climber count|>=18 climber"}},
		{"mr an event word is the figure's next to it, not lent to another: new patients are new infections", "मुंबईत ८,००० नवे रुग्ण आढळले आणि ४० जणांचा मृत्यू झाला.", []string{"Mumbai|infected person count daily|8000 person", "Mumbai|killed person count daily|40 person"}},
		{"hi a part of another kind than its whole is a count of that kind", "राज्य आपातकालीन सेवा के अनुसार 117 लोग घायल हुए हैं, जिनमें 15 बच्चे हैं।", []string{"|wounded person count|117 person", "|wounded child count|15 child"}},
		{"mr killed or wounded are casualties", "सुमारे ४,७०० सैनिक ठार किंवा जखमी झाले आहेत.", []string{"|casualty soldier count|~4700 soldier"}},
		{"bn killed or wounded are casualties", "প্রতিদিন প্রায় ১২০০ সেনা নিহত বা আহত হচ্ছে।", []string{"|casualty soldier count|~1200 soldier"}},
		{"mr killed and wounded are each their own count", "किमान ३०० सैनिक ठार आणि २,७०० जखमी झाले.", []string{"|killed soldier count|>=300 soldier", "|wounded soldier count|2700 soldier"}},
		{"hi the injured admitted to hospital are a count of their own", "अस्पताल में सोमवार को 37 घायलों को भर्ती किया गया था।", []string{"|hospitalised person count|37 person"}},
		{"bn the injured admitted", "দুর্ঘটনায় আহত ৩৭ জনকে হাসপাতালে ভর্তি করা হয়েছে।", []string{"|hospitalised person count|37 person"}},
		{"mr the injured admitted, a phrase", "३७ जखमींना रुग्णालयात दाखल करण्यात आले.", []string{"|hospitalised person count|37 person"}},
		{"en the injured and those of them admitted", "At least 41 people were injured in the collision, 12 of them admitted.", []string{"|wounded person count|>=41 person", "|hospitalised person count|12 person"}},
		{"mr cases filed are no stay in hospital", "३७ गुन्हे दाखल करण्यात आले.", nil},
		{"mr two of the patients recorded died: the dead are a count of their own", "कोझिकोड जिल्ह्यात या उद्रेकात आतापर्यंत सहा रुग्णांची नोंद झाली असून त्यापैकी दोघांचा मृत्यू झाला आहे.", []string{"Kozhikode|killed person count|2 person"}},
		{"mr a day's new patients recorded are that day's infections", "राज्यात रविवारी (१८ एप्रिल) दिवसभरात ६८,६३१ नव्या कोरोना रुग्णांची नोंद झाली.", []string{"the state|infected person count daily|68631 person"}},
		{"bn patients in hospital are no new infections: they are the hospitalised", "হাসপাতালে ২০০ রোগী ভর্তি আছেন।", []string{"|hospitalised person count|200 person"}},
		{"hi a figure whose noun is elided shares the event word of the figure it stands for", "करीब 2 लाख लोगों ने 1,000 से अधिक राहत शिविरों में शरण ली है।", nil},
		{"mr figures of one thing share their event word, and one claim's three tolls state none", "यापैकी 12 जणांचा विजेचा धक्का लागून, 9 जणांचा झाडे कोसळून, तर 5 जणांचा भिंत कोसळून मृत्यू झाला.", nil},
		{"bn among whom: a part of another kind than the figure before befell what befell it", "এখনও পর্যন্ত ৯ জনকে গ্রেপ্তার করা হয়েছে, যাঁদের মধ্যে ৪ জন কর্মী।", []string{"|arrested person count|9 person", "|arrested worker count|4 worker"}},
		{"bn among whom, of the same kind: a part of the figure before", "এখনও পর্যন্ত ৯ জনকে গ্রেপ্তার করা হয়েছে, যাঁদের মধ্যে ৪ জন।", []string{"|arrested person count|9 person"}},
		{"bn a part of another kind with no event word of its own", "নিহত ৩৪ জনের মধ্যে ২ জন শিশু।", []string{"|killed person count|34 person", "|killed child count|2 child"}},
		{"bn a river is no scope of a toll", "মচ্ছু নদীর উপরে ওই সেতু ভেঙে পড়ে ১৩৫ জনের মৃত্যু হয়।", []string{"|killed person count|135 person"}},
		{"mr an injured man who died raises the toll of the dead", "आणखी एका जखमीचा मृत्यू झाल्याने मृतांचा आकडा 135 झाला आहे.", []string{"|killed person count|135 person"}},
		{"en killed or wounded are casualties", "Some 4,000 soldiers were killed or wounded in the fighting.", []string{"|casualty soldier count|~4000 soldier"}},
		{"mr patients who died are people killed", "राज्यात ५०३ रुग्णांचा मृत्यू झाला.", []string{"the state|killed person count|503 person"}},
		{"hi patients who recovered are people recovered", "रविवार को 8,078 मरीज ठीक होकर घर लौटे।", []string{"|recovered person count|8078 person"}},
		{"en children killed stay a part of the toll", "Twelve children were among those killed.", []string{"|killed child count|12 child"}},
		{"en a death after them wins over what the infected are called", "Four cases have been confirmed so far and two of the infected people have died.",
			[]string{"|infected person count|4 person", "|killed person count|2 person"}},
		{"bn a small toll in words after the number of the dead", "চেন্নাইয়ে মৃতের সংখ্যা বেড়ে আট হয়েছে।", []string{"Chennai|killed person count|8 person"}},
		{"hi new cases in the figure's own words are one day's", "राज्य में 68,631 नए मामले दर्ज किए गए।", []string{"|infected person count daily|68631 person"}},
		{"en a turnout at an hour is a fact apart from the day's", "According to EC data, turnout stood at 27.15 percent at 3pm, an hour before voting ended.", []string{"|turnout percent at 15:00|27.15 percent"}},
		{"bn a turnout up to three in the afternoon", "বাংলাদেশে বেলা ৩টা পর্যন্ত ভোটদানের হার ছিল ২৬.৩৭ শতাংশ।", []string{"Bangladesh|turnout percent at 15:00|26.37 percent"}},
		{"hi a turnout up to one o'clock", "दोपहर 1 बजे तक 18.5 प्रतिशत मतदान हुआ।", []string{"|turnout percent at 13:00|18.5 percent"}},
		{"en a stage of an exchange, and prisoners freed are people freed", "Russia and Ukraine each released 390 prisoners on Friday, May 23, 2025, in the first stage of the largest exchange of the war.",
			[]string{"|rescued person count at stage 1|390 person"}},
		{"en a stage before 'of' and the figure names the whole, not its stage", "The swap ended its first stage of 1,000 prisoners exchanged.",
			[]string{"|rescued person count|1000 person"}},
		{"bn another 370 on the second day is that day's count", "বন্দিবিনিময়ের দ্বিতীয় দিন শনিবার রাশিয়া ও ইউক্রেন আরও ৩৭০ জন করে বন্দিকে মুক্তি দিয়েছে।",
			[]string{"|rescued person count at stage 2|370 person"}},
		{"hi third and final day: final, as the others call it; two sides joined own it together", "रूस और यूक्रेन ने अदला-बदली के तीसरे और आखिरी दिन 303 कैदियों को रिहा किया।",
			[]string{"|rescued person count at stage last|303 person"}},
		{"mr the first day's release, each side's count", "पहिल्या दिवशी ३९० जणांची सुटका झाली.", []string{"|rescued person count at stage 1|390 person"}},
		{"mr the last three days are no stage", "गेल्या तीन दिवसांत ५० जणांचा मृत्यू झाला.", []string{"|killed person count|50 person"}},
		{"hi a swap of prisoners frees them", "दोनों देशों ने एक हज़ार कैदियों की अदला-बदली की।", []string{"|rescued person count|1000 person"}},
		{"en the month May is no 'may' of a projection", "Russia and Ukraine each released 390 prisoners on May 23, 2025.",
			[]string{"|rescued person count|390 person"}},
		{"hi two sides joined own a figure together, neither alone", "रूस और यूक्रेन ने 303 कैदियों को रिहा किया।",
			[]string{"|rescued person count|303 person"}},
		{"en prisoners held are captives still", "Ukraine says it holds 4,000 prisoners of war.", []string{"|captured person count|4000 person"}},
		{"mr a toll up to the evening", "संध्याकाळी ६ वाजेपर्यंत पुरात १२ जणांचा मृत्यू झाला.", []string{"|killed person count at 18:00|12 person"}},
		{"en a toll beside a time it happened is the day's", "The train left at 3 pm and 9 people were killed.", []string{"|killed person count|9 person"}},
		{"en three hours are no clock time", "Rescuers dug for up to 3 hours and 14 people were killed.", []string{"|killed person count|14 person"}},
		{"en contacts of the cases are not cases", "The District Information Office said 702 people are on the contact list.", []string{"|contact person count|702 person"}},
		{"hi contacts", "राज्य की स्वास्थ्य मंत्री ने बताया कि संक्रमितों के संपर्क में आए ७०६ लोगों की पहचान की गई है।", []string{"|contact person count|706 person"}},
		{"hi a toll of another year is dated to it", "गौरतलब है कि 2018 में पहले प्रकोप में 17 लोगों की जान गई थी।", []string{"|killed person count in year 2018|17 person"}},
		{"en a toll of another year", "The first outbreak, in 2018, killed 17 people.", []string{"|killed person count in year 2018|17 person"}},
		{"en a projection states nothing", "The prime minister said the toll could reach 10,000.", nil},
		{"hi a feared toll states nothing", "मृतकों की संख्या 200 तक पहुंचने की आशंका है।", nil},
		{"bn shelters are not people", "জেলায় ৬৫০টি আশ্রয়কেন্দ্র খোলা হয়েছে।", nil},
		{"en aid says who gives it", "Prime Minister Narendra Modi announced interim relief of Rs 500 crore.", []string{"|aid inr by centre|5000000000 inr"}},
		{"en aid with no giver", "Interim relief of Rs 500 crore was announced on Saturday.", []string{"|aid inr|5000000000 inr"}},
		{"mr the state's sum and the PM fund's are two facts", "मृतांच्या कुटुंबीयांना राज्य सरकारकडून 4 लाख रुपये आणि पंतप्रधान राष्ट्रीय मदत निधीतून 2 लाख रुपये दिले जातील.",
			[]string{"|aid inr by state to kin|400000 inr", "|aid inr by centre to kin|200000 inr"}},
		{"hi a chief minister gives at the state's level", "मुख्यमंत्री भूपेंद्र पटेल ने मृतकों के परिजनों को 4 लाख रुपये की सहायता का ऐलान किया।", []string{"|aid inr by state to kin|400000 inr"}},
		{"hi the sum for the injured is a fact of its own", "प्रधानमंत्री राष्ट्रीय राहत कोष से मृतकों के परिजनों को 2 लाख रुपये और घायलों को 50,000 रुपये देने की घोषणा की।",
			[]string{"|aid inr by centre to kin|200000 inr", "|aid inr by centre to wounded|50000 inr"}},
		{"en the sum for the injured", "An ex-gratia of Rs 50,000 for the seriously injured was announced.",
			[]string{"|aid inr to seriously wounded|50000 inr"}},
		{"hi a fund gives aid", "प्रधानमंत्री राष्ट्रीय राहत कोष से मृतकों के परिजनों को 2 लाख रुपये दिए जाएंगे।", []string{"|aid inr by centre to kin|200000 inr"}},
		{"en a sum asked for is sought, not relief", "The chief minister asked for Rs 2,000 crore as immediate relief.", []string{"|sought inr|20000000000 inr"}},
		{"en a request far before the sum", "The state has already asked the Centre for an interim relief of Rs 5,060 crore.", []string{"|sought inr|50600000000 inr"}},
		{"hi a request after the relief word", "मुख्यमंत्री ने प्रधानमंत्री को पत्र लिखकर 5,060 करोड़ रुपये की अंतरिम राहत मांगी है।", []string{"|sought inr|50600000000 inr"}},
		{"en a request after a comma is another sum's", "The chief minister told the Prime Minister that the state had suffered losses of Rs 19,512 crore by a preliminary estimate, and asked for Rs 2,000 crore as immediate relief.", []string{"|loss inr|195120000000 inr", "|sought inr|20000000000 inr"}},
		{"bn a sum needed is sought", "কেরল সরকারের দাবি, এখনই অন্তত ২ হাজার কোটি টাকা প্রয়োজন।", []string{"|sought inr|>=20000000000 inr"}},
		{"bn টাকা in an Indian article is rupees", "প্রধানমন্ত্রী নরেন্দ্র মোদী কেরলের জন্য ৫০০ কোটি টাকা সাহায্য ঘোষণা করেছেন।", []string{"|aid inr by centre|5000000000 inr"}},
		{"bn টাকা in a Bangladeshi article is taka", "ঘূর্ণিঝড়ে সাতক্ষীরা জেলায় প্রায় ১৫০ কোটি টাকার ক্ষতি হয়েছে।", []string{"|loss bdt|~1500000000 bdt"}},
		{"en the place of a meeting does not own the sum", "At a meeting in Kochi the state put its losses at Rs 19,512 crore by a preliminary estimate.", []string{"|loss inr|195120000000 inr"}},
		{"mr loss", "राज्याचे 19,512 कोटी रुपयांचे नुकसान झाले.", []string{"|loss inr|195120000000 inr"}},
		{"en compensation for each family", "An ex-gratia of Rs 2 lakh will be given to each family.", []string{"|aid inr to family|200000 inr"}},
		{"bn one word after a list of sums says what all of them are, and each its own recipient", "ভারতের রেলমন্ত্রী অশ্বিনী বৈষ্ণব মৃতদের পরিবারকে ১০ লক্ষ টাকা, গুরুতর আহতদের আড়াই লক্ষ টাকা এবং সামান্য আহতদের ৫০ হাজার টাকা ক্ষতিপূরণ ঘোষণা করেছেন।",
			[]string{"|aid inr by railways to kin|1000000 inr", "|aid inr by railways to seriously wounded|250000 inr", "|aid inr by railways to slightly wounded|50000 inr"}},
		{"mr a list of sums with the aid word at its end", "रेल्वेमंत्री अश्विनी वैष्णव यांनी मृतांच्या नातेवाईकांना १० लाख रुपये, गंभीर जखमींना २.५ लाख रुपये आणि किरकोळ जखमींना ५० हजार रुपये अशी वाढीव मदत जाहीर केली आहे.",
			[]string{"|aid inr by railways to kin|1000000 inr", "|aid inr by railways to seriously wounded|250000 inr", "|aid inr by railways to slightly wounded|50000 inr"}},
		{"en recipients after each sum of a list", "The railways announced ex gratia of Rs 5 lakh to the kin of each of the dead, Rs 1 lakh to the grievously injured and Rs 25,000 for those with minor injuries.",
			[]string{"|aid inr by railways to kin|500000 inr", "|aid inr by railways to seriously wounded|100000 inr", "|aid inr by railways to slightly wounded|25000 inr"}},
		{"mr a payout to each family of the dead is per family with or without each", "मृतांच्या नातेवाईकांना मुख्यमंत्री सहायता निधीतून प्रत्येकी पाच लाख रुपयांची मदत देण्यात येईल.", []string{"|aid inr by state to kin|500000 inr"}},
		{"bn করে after a sum to the families", "মহারাষ্ট্রের মুখ্যমন্ত্রী মৃতদের পরিবারকে পাঁচ লক্ষ টাকা করে সাহায্যের ঘোষণা করেছেন।", []string{"|aid inr by state to kin|500000 inr"}},
		{"mr aid for a place's dead is that place's", "पहलगाम हल्ल्यातील महाराष्ट्राच्या सहा मृतांच्या कुटुंबीयांना प्रत्येकी ५० लाखांची मदत जाहीर केली.", []string{"Maharashtra|aid inr to kin|5000000 inr"}},
		{"hi a place's government gives the aid, it is no recipient", "जम्मू-कश्मीर सरकार मृतकों के परिजनों को 10 लाख रुपये देगी।", []string{"|aid inr to kin|1000000 inr"}},
		{"bn a place's government gives the aid", "জম্মু ও কাশ্মীর সরকার প্রত্যেক নিহতের পরিবারকে ১০ লক্ষ টাকা করে আর্থিক সাহায্য ঘোষণা করেছে।", []string{"|aid inr to kin|1000000 inr"}},
		{"en a sum given to the victims' families is aid", "The company said it would give Rs 1 crore to the family of each person killed.", []string{"|aid inr to kin|10000000 inr"}},
		{"en an interim payment to the families is a fact apart", "The airline will pay interim relief of Rs 25 lakh to the family of each deceased.", []string{"|aid inr to kin interim|2500000 inr"}},
		{"bn an office named with no one holding it gives the sum", "ভারতে মৃতদের পরিবারপিছু ২ লক্ষ টাকা এবং আহতদের ৫০ হাজার টাকা করে দেওয়া হবে বলেও জানান প্রধানমন্ত্রী।",
			[]string{"|aid inr by centre to kin|200000 inr", "|aid inr by centre to wounded|50000 inr"}},
		{"hi a chief minister with no name gives at the state's level", "मुख्यमंत्री ने मृतकों के परिजनों को 2.5 लाख रुपये मुआवजा देने की घोषणा की।", []string{"|aid inr by state to kin|250000 inr"}},
		{"en whom a sum is for stands past the fund that gives it", "Prime Minister Narendra Modi announced an ex gratia of Rs 2 lakh from the PMNRF for the next of kin of each deceased and Rs 50,000 for the injured.",
			[]string{"|aid inr by centre to kin|200000 inr", "|aid inr by centre to wounded|50000 inr"}},
		{"en a headline's PM gives at the centre's level", "Kerala floods: PM Modi announces Rs 500 crore interim relief after aerial survey", []string{"|aid inr by centre|5000000000 inr"}},
		{"en pm in a clock time is no office", "At 3pm the state released Rs 50 crore in relief.", []string{"|aid inr|500000000 inr"}},
		{"en the word after a list reaches no sum of the clause before", "The bridge was rebuilt for Rs 5 crore; the state government gave Rs 2 lakh to each family of the dead and Rs 50,000 as compensation to the injured.",
			[]string{"|aid inr by state to kin|200000 inr", "|aid inr by state to wounded|50000 inr"}},
		{"en a package is not the families' aid", "The state government announced a relief package of Rs 500 crore and Rs 4 lakh to each family of the dead.",
			[]string{"|aid inr by state|5000000000 inr", "|aid inr by state to kin|400000 inr"}},
		{"a sum with no word for what it is has no facet", "The bridge was renovated for Rs 2 crore.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Process("probe.txt", []byte(tt.text), Meta{}, Options{})
			if err != nil || len(a.Claims) != 1 {
				t.Fatalf("Process: %v, %d claims; want one", err, len(a.Claims))
			}
			var got []string
			for _, f := range FindFacets(&a.Claims[0]) {
				if f.Kind == KindQuantity {
					got = append(got, f.Subject+"|"+f.Attribute+"|"+f.Value)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("facets = %q, want %q\n(quantities %+v)", got, tt.want, a.Claims[0].Quantities)
			}
		})
	}
}

func TestSaidBy(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"en according to", "According to Ukraine and South Korea, at least 1,500 soldiers were sent.", "Ukraine and South Korea"},
		{"en X said", "The toll rose to 61, railway officials said.", "railway officials"},
		{"mr म्हणण्यानुसार", "युक्रेन आणि दक्षिण कोरियाच्या म्हणण्यानुसार, किमान 1.5 सैन्याला पाठविण्यात आले आहे.", "Ukraine and South Korea"},
		{"hi के अनुसार", "नेपाल पुलिस के अनुसार करीब 240 नागरिक लापता हैं।", "Nepal"},
		{"no attribution", "The bridge collapsed on Sunday evening.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Process("probe.txt", []byte(tt.text), Meta{}, Options{})
			if err != nil || len(a.Claims) != 1 {
				t.Fatalf("Process: %v, %d claims; want one", err, len(a.Claims))
			}
			if got := SaidBy(&a.Claims[0]); !strings.Contains(got, tt.want) || (tt.want == "" && got != "") {
				t.Errorf("SaidBy = %q, want %q", got, tt.want)
			}
		})
	}
}
