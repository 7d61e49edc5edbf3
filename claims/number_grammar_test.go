package claims

import (
	"testing"
	"time"

	"golang.org/x/text/unicode/norm"
)

// runGrammarCases runs quantity cases on NFC text, as the pipeline hands
// claims to FindQuantities: Bengali য় ড় and Devanagari ड़ decompose under
// NFC, and a hand-typed case may hold either form.
func runGrammarCases(t *testing.T, cases []quantityCase) {
	t.Helper()
	for i := range cases {
		cases[i].text = norm.NFC.String(cases[i].text)
		cases[i].wantText = norm.NFC.String(cases[i].wantText)
	}
	runQuantityCases(t, cases)
}

func TestNumberGrammarBengali(t *testing.T) {
	runGrammarCases(t, []quantityCase{
		// compounds that add up
		{"lakh thousand units", "bn", "১২ লাখ ৩৪ হাজার ৫৬৭ মানুষ", []string{"1234567 person"}, "১২ লাখ ৩৪ হাজার ৫৬৭ মানুষ"},
		{"crore and lakh", "bn", "৩ কোটি ৪০ লাখ টাকা", []string{"34000000 bdt"}, ""},
		{"thousand and words", "bn", "দুই হাজার তিনশো বিয়াল্লিশ জন", []string{"2342 person"}, ""},
		{"a bigger multiplier scales all before it", "bn", "১ হাজার ১০০ কোটি টাকা", []string{"11000000000 bdt"}, ""},
		{"thousands and hundreds of crore", "bn", "৩ হাজার ৫শো কোটি টাকা", []string{"35000000000 bdt"}, ""},
		{"a year after a multiplier is not a part", "bn", "২ লাখ ২০২৪ সালে", []string{"200000"}, "২ লাখ"},
		// short hundreds
		{"short hundred with apostrophe", "bn", "৩শ’ ৪২ জন", []string{"342 person"}, "৩শ’ ৪২ জন"},
		{"short hundred glued", "bn", "৫শো মানুষ", []string{"500 person"}, ""},
		{"hundreds word and tens", "bn", "তিনশো বিয়াল্লিশ জন", []string{"342 person"}, ""},
		// fractions
		{"half more before lakh", "bn", "সাড়ে তিন লাখ মানুষ", []string{"350000 person"}, ""},
		{"half more on a glued hundred", "bn", "সাড়ে তিনশো মানুষ", []string{"350 person"}, ""},
		{"half more before a short hundred in digits", "bn", "সাড়ে ৩শ’ মানুষ", []string{"350 person"}, "সাড়ে ৩শ’ মানুষ"},
		{"two and a half thousand", "bn", "আড়াই হাজার মানুষ", []string{"2500 person"}, ""},
		{"one and a half lakh", "bn", "দেড় লাখ মানুষ", []string{"150000 person"}, ""},
		{"one and a half hundred", "bn", "দেড়শো বাড়ি", []string{"150 house"}, ""},
		// ranges
		{"digit range with multiplier", "bn", "১০-১২ হাজার মানুষ", []string{"10000-12000 person"}, ""},
		{"word range with multiplier", "bn", "দুই থেকে তিন হাজার মানুষ", []string{"2000-3000 person"}, ""},
		{"word range with a dash", "bn", "দু-তিন দিন", []string{"2-3 day"}, ""},
		// small counts in words
		{"five people, classifier", "bn", "পাঁচজন নিহত", []string{"5 person"}, ""},
		{"classifier with a locative", "bn", "৪২টির মধ্যে ২৯টিতে জয়", []string{"42", "29"}, ""},
		{"locative after a dash", "bn", "বিজেপি ১২-তে নেমেছে", []string{"12"}, "১২-তে"},
		{"person classifier with emphasis", "bn", "৩জনই আহত", []string{"3 person"}, ""},
		{"nine people, bound word", "bn", "নয়জন আহত", []string{"9 person"}, ""},
		{"numbers 31-99 in words", "bn", "সাতচল্লিশ জন এবং নিরানব্বই বাড়ি", []string{"47 person", "99 house"}, ""},
		// bounds from verbs
		{"surpassed, Bengali", "bn", "মৃতের সংখ্যা ৩ হাজার ছাড়িয়েছে", []string{">3000"}, "৩ হাজার ছাড়িয়েছে"},
		{"crossed, Bengali", "bn", "মৃতের সংখ্যা ৫০০ অতিক্রম করেছে", []string{">500"}, ""},
		// measures
		{"speed after per hour", "bn", "ঘণ্টায় ৯০ কিলোমিটার বেগে ঝড়", []string{"90 km/h"}, "ঘণ্টায় ৯০ কিলোমিটার বেগে"},
		{"speed from বেগে", "bn", "১২০ কিলোমিটার বেগে হাওয়া", []string{"120 km/h"}, ""},
		{"per hour range", "bn", "ঘণ্টায় ৯০ থেকে ১০০ কিলোমিটার", []string{"90-100 km/h"}, ""},
		{"per hour before money is not a speed", "bn", "ঘণ্টায় ৫০০ টাকা", []string{"500 bdt"}, "৫০০ টাকা"},
		{"rainfall", "bn", "২০০ মিলিমিটার বৃষ্টি", []string{"200 mm"}, ""},
		{"negative temperature", "bn", "পারদ মাইনাস ২ ডিগ্রি সেলসিয়াস", []string{"-2 degree"}, "মাইনাস ২ ডিগ্রি সেলসিয়াস"},
		{"hundreds after an elided vowel", "bn", "দু’শ মানুষ", []string{"200 person"}, "দু’শ মানুষ"},
		{"a quarter more", "bn", "সোয়া লাখ মানুষ", []string{"125000 person"}, ""},
		{"a quarter less", "bn", "পৌনে দুই লাখ মানুষ", []string{"175000 person"}, ""},
		{"a number before নম্বর is a label", "bn", "১০ নম্বর মহাবিপদ সংকেত", nil, ""},
		{"temperature", "bn", "৪০ ডিগ্রি সেলসিয়াস", []string{"40 degree"}, ""},
		{"bigha", "bn", "৫০ বিঘা জমি", []string{"50 bigha"}, ""},
		{"hectares", "bn", "২০০ হেক্টর জমির ফসল", []string{"200 ha"}, ""},
		{"thousand crore", "bn", "১ হাজার কোটি টাকা", []string{"10000000000 bdt"}, ""},
		{"half an hour", "bn", "আধা ঘণ্টা পরে", []string{"0.5 hour"}, ""},
		{"money in crore", "bn", "৫০০ কোটি টাকার ক্ষতি", []string{"5000000000 bdt"}, ""},
		{"magnitude", "bn", "রিখটার স্কেলে ৭.৮ মাত্রার ভূমিকম্প", []string{"7.8 magnitude"}, "৭.৮ মাত্রার"},
	})
}

func TestNumberGrammarHindi(t *testing.T) {
	runGrammarCases(t, []quantityCase{
		{"hundreds and tens in words", "hi", "तीन सौ बयालीस सैनिक", []string{"342 soldier"}, ""},
		{"lakh thousand units, Devanagari digits", "hi", "१२ लाख ३४ हजार ५६७ रुपये", []string{"1234567 inr"}, ""},
		{"two and a half lakh", "hi", "ढाई लाख लोग", []string{"250000 person"}, ""},
		{"half more", "hi", "साढ़े चार हजार लोग", []string{"4500 person"}, ""},
		{"one and a half lakh", "hi", "डेढ़ लाख लोग", []string{"150000 person"}, ""},
		{"a quarter more", "hi", "सवा लाख लोग", []string{"125000 person"}, ""},
		{"a quarter less", "hi", "पौने दो लाख लोग", []string{"175000 person"}, ""},
		{"digit range with से", "hi", "10,000 से 12,000 लोग", []string{"10000-12000 person"}, ""},
		{"word range with से and multiplier", "hi", "दस से बारह हजार लोग", []string{"10000-12000 person"}, ""},
		{"word range with a dash", "hi", "दो-तीन दिन", []string{"2-3 day"}, ""},
		{"three people", "hi", "तीन लोगों की मौत", []string{"3 person"}, ""},
		{"numbers 31-99 in words", "hi", "सैंतालीस लोग और निन्यानवे घर", []string{"47 person", "99 house"}, ""},
		{"crossed, Hindi", "hi", "मृतकों की संख्या 3,000 पार कर गई", []string{">3000"}, "3,000 पार कर गई"},
		{"more than after", "hi", "5,000 से अधिक लोग", []string{">5000 person"}, ""},
		{"beyond", "hi", "आंकड़ा 3,000 के पार", []string{">3000"}, ""},
		{"speed", "hi", "120 किमी प्रति घंटा की रफ्तार", []string{"120 km/h"}, ""},
		{"speed, kilometre word", "hi", "150 किलोमीटर प्रति घंटे", []string{"150 km/h"}, ""},
		{"temperature", "hi", "45 डिग्री सेल्सियस", []string{"45 degree"}, ""},
		{"thousand crore", "hi", "₹10 हजार करोड़", []string{"100000000000 inr"}, ""},
		{"half the people is no figure", "hi", "आधे लोग घर गए", nil, ""},
		{"money", "hi", "500 करोड़ रुपये", []string{"5000000000 inr"}, ""},
		{"rupee sign and lakh", "hi", "रु. 20 लाख", []string{"2000000 inr"}, ""},
		{"magnitude", "hi", "7.8 तीव्रता का भूकंप", []string{"7.8 magnitude"}, ""},
		{"acres", "hi", "200 एकड़ फसल", []string{"200 acre"}, ""},
	})
}

func TestNumberGrammarMarathi(t *testing.T) {
	runGrammarCases(t, []quantityCase{
		{"crore and lakh", "mr", "३ कोटी ४० लाख लोक", []string{"34000000 person"}, ""},
		{"one and a half lakh", "mr", "दीड लाख लोक", []string{"150000 person"}, ""},
		{"two and a half thousand", "mr", "अडीच हजार लोक", []string{"2500 person"}, ""},
		{"a quarter more", "mr", "सव्वा लाख लोक", []string{"125000 person"}, ""},
		{"a quarter less", "mr", "पावणे दोन लाख लोक", []string{"175000 person"}, ""},
		{"word range with ते", "mr", "दोन ते तीन हजार लोक", []string{"2000-3000 person"}, ""},
		{"six people", "mr", "सहा जणांचा मृत्यू", []string{"6 person"}, ""},
		{"numbers 31-99 in words", "mr", "सत्तेचाळीस लोक आणि नव्व्याण्णव घरे", []string{"47 person", "99 house"}, ""},
		{"crossed, Marathi", "mr", "मृतांची संख्या ३ हजार ओलांडली", []string{">3000"}, "३ हजार ओलांडली"},
		{"more than after हून", "mr", "५ हजारांहून अधिक लोक", []string{">5000 person"}, ""},
		{"speed per hour", "mr", "ताशी 80 मैल वेगाने वारे", []string{"80 mph"}, "ताशी 80 मैल वेगाने"},
		{"speed प्रतितास", "mr", "120 किमी प्रतितास", []string{"120 km/h"}, ""},
		{"money", "mr", "२० कोटी रुपये", []string{"200000000 inr"}, ""},
		{"rainfall", "mr", "150 मिमी पाऊस", []string{"150 mm"}, ""},
		{"hectares", "mr", "500 हेक्टर शेती", []string{"500 ha"}, ""},
		{"magnitude", "mr", "6.1 रिश्टर स्केल", []string{"6.1 magnitude"}, ""},
		{"year with साली is a date", "mr", "2023 साली पूर", nil, ""},
	})
}

func TestNumberGrammarEnglish(t *testing.T) {
	runGrammarCases(t, []quantityCase{
		{"lakh and thousand", "en", "2 lakh 15 thousand people", []string{"215000 person"}, ""},
		{"hundreds and tens in words", "en", "three hundred forty two soldiers", []string{"342 soldier"}, ""},
		{"and between parts", "en", "two thousand and twenty people", []string{"2020 person"}, ""},
		{"between and", "en", "between 600 and 1,000 people", []string{"600-1000 person"}, ""},
		{"between in words", "en", "between five and ten people", []string{"5-10 person"}, "between five and ten people"},
		{"to", "en", "600 to 1,000 people", []string{"600-1000 person"}, ""},
		{"two to three thousand", "en", "two to three thousand people", []string{"2000-3000 person"}, ""},
		{"thousand to thousand", "en", "10 thousand to 12 thousand people", []string{"10000-12000 person"}, ""},
		{"or", "en", "5 or 6 people died", []string{"5-6 person"}, ""},
		{"or more stays a bound", "en", "10 or more people", []string{">=10 person"}, ""},
		{"six lives", "en", "six lives were lost", []string{"6 person"}, ""},
		{"at least six without a noun", "en", "at least six were killed", []string{">=6"}, ""},
		{"a plus after the figure", "en", "3,000+ people", []string{">3000 person"}, ""},
		{"lakhs alone is vague", "en", "lakhs of people", []string{"100000-9999999 person"}, ""},
		{"lakhs after a number multiplies", "en", "2 lakhs people", []string{"200000 person"}, ""},
		{"surpassed", "en", "the toll has surpassed 3,000", []string{">3000"}, "has surpassed 3,000"},
		{"exceeded", "en", "deaths exceeded 3,000", []string{">3000"}, ""},
		{"crossed", "en", "the toll crossed 3,000", []string{">3000"}, ""},
		{"topped", "en", "the toll topped 1,000", []string{">1000"}, ""},
		{"over", "en", "over 600 people", []string{">600 person"}, ""},
		{"lakh crore", "en", "1.5 lakh crore rupees", []string{"1500000000000 inr"}, ""},
		{"a thousand million", "en", "a thousand million people", []string{"1000000000 person"}, ""},
		{"half a million", "en", "half a million people", []string{"500000 person"}, ""},
		{"k and cr", "en", "10k people and Rs 500 cr", []string{"10000 person", "5000000000 inr"}, ""},
		{"speed in kph", "en", "winds of 120 kph", []string{"120 km/h"}, ""},
		{"speed an hour", "en", "gusts of 90 miles an hour", []string{"90 mph"}, ""},
		{"rainfall in cm", "en", "20 cm of rain", []string{"20 cm"}, ""},
		{"Fahrenheit", "en", "a heat of 104°F", []string{"104 degF"}, ""},
		{"below zero", "en", "it fell to -5°C", []string{"-5 degree"}, "-5°C"},
		{"a dash between figures is no sign", "en", "scores 10 - 5°C", []string{"10", "5 degree"}, ""},
		{"category is a label", "en", "a Category 4 cyclone", nil, ""},
		{"hectares", "en", "500 hectares of crops", []string{"500 ha"}, ""},
		{"square km", "en", "20 square km flooded", []string{"20 sq km"}, ""},
		{"rupees in crore", "en", "₹500 crore and Rs 20 lakh", []string{"5000000000 inr", "2000000 inr"}, ""},
		{"magnitude before", "en", "a magnitude 7.8 earthquake", []string{"7.8 magnitude"}, "magnitude 7.8"},
		{"magnitude glued", "en", "a 7.8-magnitude quake", []string{"7.8 magnitude"}, ""},
		{"Richter", "en", "7.8 on the Richter scale", []string{"7.8 magnitude"}, ""},
	})
}

// TestDatesAreNotCounts: the day of a date, written any way, and a year are
// never a figure, and FindDates reads the date.
func TestDatesAreNotCounts(t *testing.T) {
	runGrammarCases(t, []quantityCase{
		{"abbreviated month before", "en", "On Dec. 16 the storm hit", nil, ""},
		{"abbreviated month after", "en", "On 16 Dec. the storm hit", nil, ""},
		{"month day year", "en", "December 16, 2024 was the day", nil, ""},
		{"Bengali", "bn", "১৬ ডিসেম্বর ঝড় আসে", nil, ""},
		{"Marathi", "mr", "१६ डिसेंबर रोजी", nil, ""},
		{"Hindi", "hi", "16 दिसंबर को", nil, ""},
		{"a year", "en", "in 2023 the storm", nil, ""},
		{"Bengali day suffix", "bn", "১৬ই ডিসেম্বর ঝড় আসে, ২১শে জুন", nil, ""},
		{"a year, Bengali", "bn", "২০২৩ সালে বন্যা", nil, ""},
		{"a count after a date", "en", "On Dec. 16, 20 people died", []string{"20 person"}, ""},
		{"a toll rising to a count of people, Bengali locative", "bn", "নিহতের সংখ্যা বেড়ে পাঁচজনে দাঁড়াল", []string{"5 person"}, ""},
		{"reduplicated digits with a multiplier", "hi", "परिजनों को 10-10 लाख रुपये", []string{"1000000 inr"}, ""},
		{"reduplicated digits", "hi", "जहां 29-29 लोग मारे गए", []string{"29 person"}, ""},
		{"reduplicated words", "hi", "कर्नाटक के तीन-तीन लोग", []string{"3 person"}, ""},
		{"a range is no reduplication", "hi", "10-12 लोग घायल", []string{"10-12 person"}, ""},
		{"Marathi plural oblique of lakh: aid is rupees", "mr", "प्रत्येकी ५० लाखांची मदत", []string{"5000000 inr"}, ""},
		{"a sum whose noun is compensation is rupees", "hi", "सरकार ने 2 करोड़ का मुआवजा दिया", []string{"20000000 inr"}, ""},
		{"lakhs of people are no money", "hi", "50 लाख लोग प्रभावित", []string{"5000000 person"}, ""},
		{"a figure of no lakh before aid is no sum", "mr", "५० मदत केंद्रे", []string{"50"}, ""},
		{"a day listed before a date, Hindi", "hi", "11 और 12 अप्रैल को भड़की इस हिंसा में तीन लोगों की मौत हुई", []string{"3 person"}, ""},
		{"a day listed before a date, Bengali", "bn", "১১ ও ১২ এপ্রিল সংঘর্ষে ৩ জন নিহত", []string{"3 person"}, ""},
		{"days listed before a date", "en", "On 11, 12 and 13 April, 40 people were hurt", []string{"40 person"}, ""},
		{"a day listed after a date", "en", "On April 11 and 12, 20 people were hurt", []string{"20 person"}, ""},
		{"a count after a month with its ending, Marathi", "mr", "जूनमध्ये ३० जणांचा मृत्यू झाला", []string{"30 person"}, ""},
		{"a count after a month with its ending, Bengali", "bn", "জুনে ৩০ জন নিহত হন", []string{"30 person"}, ""},
	})
	for _, tt := range []struct{ text, want string }{
		{"On Dec. 16 the storm hit", "2024-12-16"},
		{"On 16 Dec. the storm hit", "2024-12-16"},
		{"Sept. 3, 2023", "2023-09-03"},
		{norm.NFC.String("১৬ই ডিসেম্বর ২০২৪"), "2024-12-16"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			ds := FindDates(tt.text, "en", pubForGrammar)
			if len(ds) != 1 || ds[0].ISO != tt.want {
				t.Errorf("FindDates(%q) = %+v, want %s", tt.text, ds, tt.want)
			}
		})
	}
}

// pubForGrammar is the publication day the date cases resolve against.
var pubForGrammar = time.Date(2024, 12, 20, 0, 0, 0, 0, time.UTC)

// TestMeasuresCompare: figures of one dimension compare after conversion,
// and a speed is never compared with a length.
func TestMeasuresCompare(t *testing.T) {
	for _, tt := range []struct {
		name, a, b string
		agree, ok  bool
	}{
		{"km/h and mph agree", "ঘণ্টায় ১৬০ কিলোমিটার বেগে", "100 mph", true, true},
		{"km/h and mph conflict", "120 किमी प्रति घंटा", "100 mph", false, true},
		{"a speed is not a length", "ঘণ্টায় ৯০ কিলোমিটার", "90 km", false, false},
		{"mm and cm agree", "200 mm of rain", "20 cm rain", true, true},
		{"hectares and acres agree", "500 hectares", "1,235 acres", true, true},
		{"bigha and acres agree", "৩০০ বিঘা", "100 acres", true, true},
		{"magnitudes conflict", "7.8 magnitude", "৭.২ মাত্রার", false, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			qa := FindQuantities(norm.NFC.String(tt.a), "")
			qb := FindQuantities(norm.NFC.String(tt.b), "")
			if len(qa) != 1 || len(qb) != 1 {
				t.Fatalf("FindQuantities = %v and %v, want one figure each", qa, qb)
			}
			agree, reason, ok := compareQuantities(Facet{Quantity: &qa[0]}, Facet{Quantity: &qb[0]})
			if ok != tt.ok || (ok && agree != tt.agree) {
				t.Errorf("compare %s with %s = agree %v ok %v (%s), want agree %v ok %v",
					qa[0], qb[0], agree, ok, reason, tt.agree, tt.ok)
			}
		})
	}
}
