package claims

import (
	"io/fs"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/claimdesk/claimdesk/seeds"
)

// quantityCase is one FindQuantities expectation: the report forms of the
// quantities found, in order, and the text of the first one.
type quantityCase struct {
	name, lang, text string
	want             []string
	wantText         string
}

func runQuantityCases(t *testing.T, cases []quantityCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			qs := FindQuantities(tt.text, tt.lang)
			var got []string
			for _, q := range qs {
				got = append(got, q.String())
			}
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Fatalf("FindQuantities(%q) = %q, want %q", tt.text, got, tt.want)
			}
			if tt.wantText != "" && qs[0].Text != tt.wantText {
				t.Errorf("Text = %q, want %q", qs[0].Text, tt.wantText)
			}
			runes := []rune(tt.text)
			for _, q := range qs {
				if q.Start < 0 || q.End > len(runes) || q.Start >= q.End || string(runes[q.Start:q.End]) != q.Text {
					t.Errorf("span %d..%d of %q does not hold Text %q", q.Start, q.End, tt.text, q.Text)
				}
			}
		})
	}
}

func TestFindQuantitiesBengali(t *testing.T) {
	runQuantityCases(t, []quantityCase{
		{"a multiplier in the locative", "bn", "মোট দাঁড়াল ৩ হাজারে", []string{"3000"}, ""},
		{"more than after the unit", "bn", "দুই নেতা একসঙ্গে ১০ ঘণ্টারও বেশি সময় কাটিয়েছেন", []string{">10 hour"}, "১০ ঘণ্টারও বেশি"},
		{"about two and a half hours", "bn", "আলোচনা প্রায় আড়াই ঘন্টা স্থায়ী হয়েছিল", []string{"~2.5 hour"}, "প্রায় আড়াই ঘন্টা"},
		{"ten thousand soldiers after an adjective", "bn", "দশ হাজার উত্তর কোরিয়ান সেনাকে পাঠিয়ে দেওয়া হয়েছে", []string{"10000 soldier"}, "দশ হাজার উত্তর কোরিয়ান সেনাকে"},
		{"several thousand workers", "bn", "কয়েক হাজার উত্তর কোরিয়ান ওয়ার্কার রাশিয়ায় রয়েছে", []string{"2000-9000 worker"}, ""},
		{"at least two cars", "bn", "তার কাছে এখন অন্তত দুটি গাড়ি রয়েছে৷", []string{">=2 car"}, "অন্তত দুটি গাড়ি"},
		{"about ten km, Bengali digits", "bn", "প্রায় ১০ কিলোমিটার ভিতরে ঢুকে রয়েছে", []string{"~10 km"}, ""},
		{"years with genitive", "bn", "24 বছরের মধ্যে এই প্রথম সফর", []string{"24 year"}, ""},
		{"one day is a measure", "bn", "এক দিনের সফরে", []string{"1 day"}, ""},
		{"Bengali decimal and lakh", "bn", "১.৫ লাখ মানুষ", []string{"150000 person"}, ""},
		{"Indian grouping", "bn", "১,০০,০০০ শ্রমিক", []string{"100000 worker"}, ""},
		{"composed thousands and hundreds", "bn", "তিন হাজার পাঁচশ সৈন্য", []string{"3500 soldier"}, ""},
		{"one and a half", "bn", "দেড় ঘণ্টা", []string{"1.5 hour"}, ""},
		{"hundreds reduplicated", "bn", "শত শত মানুষ", []string{"100-999 person"}, ""},
		{"thousand alone, more than", "bn", "হাজারেরও বেশি মানুষ", []string{">1000 person"}, ""},
		{"percent word", "bn", "২০ শতাংশ ভোট", []string{"20 percent"}, ""},
		{"crore", "bn", "দুই কোটি টাকা", []string{"20000000 bdt"}, ""},
		{"classifier counts people", "bn", "১০জন নিহত", []string{"10 person"}, ""},
		{"up to after", "bn", "১০ কিলোমিটার পর্যন্ত", []string{"<=10 km"}, ""},
		{"miles", "bn", "৬ মাইল", []string{"6 mi"}, ""},
		{"grams, not villages", "bn", "৫০০ গ্রাম সোনা", []string{"500 g"}, ""},
		{"villages after a classifier", "bn", "১০টি গ্রাম", []string{"10 village"}, ""},
		{"no-break spaces", "bn", "১০\u00a0কিলোমিটার আর ২০\u202fকিমি", []string{"10 km", "20 km"}, ""},
		{"over a hundred in one word", "bn", "শতাধিক মানুষ নিহত", []string{">100 person"}, ""},
		{"over two hundred", "bn", "দুই শতাধিক সৈন্য", []string{">200 soldier"}, ""},
		{"several people", "bn", "কয়েকজন আহত", []string{"2-9 person"}, ""},
	})
}

func TestFindQuantitiesMarathiHindi(t *testing.T) {
	runQuantityCases(t, []quantityCase{
		{"bracketed conversion is one quantity", "mr", "थोड्या वेळात 10 किमी (सहा मैल) हलविले", []string{"10 km"}, "10 किमी"},
		{"about twenty percent", "mr", "जी सध्या युक्रेनच्या सुमारे 20% व्यापलेली आहे", []string{"~20 percent"}, "सुमारे 20%"},
		{"at least 1.5 soldiers", "mr", "किमान 1.5 उत्तर कोरियाच्या सैन्याला पाठविण्यात आले आहे", []string{">=1.5 soldier"}, "किमान 1.5 उत्तर कोरियाच्या सैन्याला"},
		{"thousands of workers", "mr", "उत्तर कोरियाच्या हजारो कामगारांनी रशियाला", []string{"1000-99999 worker"}, "हजारो कामगारांनी"},
		{"Marathi number word", "mr", "सुमारे दोन हजार कामगार", []string{"~2000 worker"}, ""},
		{"more than with than-ending", "mr", "10 किमीपेक्षा जास्त", []string{">10 km"}, ""},
		{"hundreds glued to the number word", "mr", "पाचशे सैनिक", []string{"500 soldier"}, ""},
		{"Devanagari digits", "mr", "१० तास", []string{"10 hour"}, ""},
		{"a collective numeral with a case ending counts people", "mr", "त्यापैकी दोघांचा मृत्यू झाला", []string{"2 death"}, ""},
		{"at least, Hindi", "hi", "कम से कम 10 सैनिक मारे गए", []string{">=10 soldier"}, ""},
		{"more than, Hindi", "hi", "10 से अधिक लोग", []string{">10 person"}, ""},
		{"crore, Hindi", "hi", "करीब दो करोड़ लोग", []string{"~20000000 person"}, ""},
		{"thousands, Hindi", "hi", "हज़ारों मजदूर", []string{"1000-99999 worker"}, ""},
		{"nine, Hindi", "hi", "नौ सैनिक", []string{"9 soldier"}, ""},
	})
}

func TestFindQuantitiesEnglish(t *testing.T) {
	runQuantityCases(t, []quantityCase{
		{"special forces are soldiers", "en", "North Korea sends 1,500 special forces to Russia", []string{"1500 soldier"}, ""},
		{"thousands grouping", "en", "North Korea sent 10,000 troops", []string{"10000 soldier"}, "10,000 troops"},
		{"number words", "en", "ten thousand soldiers", []string{"10000 soldier"}, ""},
		{"two and a half", "en", "two and a half hours", []string{"2.5 hour"}, ""},
		{"hyphenated unit", "en", "after a long 35-year war", []string{"35 year"}, "35-year"},
		{"conversion in brackets", "en", "a 1,000 km (620 miles) front", []string{"1000 km"}, ""},
		{"range", "en", "10-12 km", []string{"10-12 km"}, ""},
		{"range with a multiplier", "hi", "10-12 लाख लोग", []string{"1000000-1200000 person"}, ""},
		{"range between", "en", "between 10 and 12 km", []string{"10-12 km"}, "between 10 and 12 km"},
		{"range in words, Marathi", "mr", "10 ते 12 किमी", []string{"10-12 km"}, ""},
		{"range, Bengali", "bn", "১০ থেকে ১২ কিলোমিটার", []string{"10-12 km"}, ""},
		{"ending after a unit", "mr", "१० दिवसांपासून", []string{"10 day"}, ""},
		{"million", "en", "more than 3 million people", []string{">3000000 person"}, ""},
		{"dozens", "en", "dozens of drones", []string{"24-144 drone"}, ""},
		{"hundreds of thousands", "en", "hundreds of thousands of refugees", []string{"100000-999000 refugee"}, ""},
		{"speed units differ", "en", "37 km/h, not 37 mph", []string{"37 km/h", "37 mph"}, ""},
		{"currency before", "en", "a $1.5bn deal", []string{"1500000000 usd"}, ""},
		{"fewer than", "en", "fewer than 50 people", []string{"<50 person"}, ""},
		{"up to", "en", "up to 20 km", []string{"<=20 km"}, ""},
		{"nine months", "en", "Nine months after that visit", []string{"9 month"}, ""},
	})
}

// TestSmallCountsAfterTallyWords checks that a small bare number, in words
// or digits, is a figure after a word that makes it a running count, and
// the counted nouns of epidemics and medal tables.
func TestSmallCountsAfterTallyWords(t *testing.T) {
	runQuantityCases(t, []quantityCase{
		{"bn the number of the dead rose to eight", "bn", "দুর্ঘটনায় মৃতের সংখ্যা বেড়ে আট হয়েছে।", []string{"8"}, "আট"},
		{"bn rose and stood at six", "bn", "আক্রান্তের সংখ্যা বেড়ে দাঁড়াল ছয়।", []string{"6"}, "ছয়"},
		{"bn digits after the number of", "bn", "মৃতের সংখ্যা বেড়ে ৯ হয়েছে।", []string{"9"}, "৯"},
		{"hi cases rose to five", "hi", "निपाह के मामले बढ़कर पांच हो गए।", []string{"5"}, "पांच"},
		{"hi infected who died", "hi", "अब तक दो संक्रमितों की मौत हो चुकी है।", []string{"2 patient"}, "दो संक्रमितों"},
		{"mr a glued tally word", "mr", "भारताची पदकसंख्या दोन झाली आहे.", []string{"2"}, "दोन"},
		{"mr medals", "mr", "एकाच ऑलिम्पिकमध्ये दोन पदके जिंकली.", []string{"2 medal"}, "दोन पदके"},
		{"en the toll rose to five", "en", "The toll rose to five on Monday.", []string{"5"}, "five"},
		{"en cases", "en", "Four cases have been confirmed so far.", []string{"4 case"}, "Four cases"},
		{"en medals", "en", "India ended the Games with six medals.", []string{"6 medal"}, "six medals"},
		{"en a tally word in another clause makes no count", "en", "The toll rose. Five were out.", nil, ""},
		{"bn an hour of the afternoon is no count", "bn", "বেলা ৩টা পর্যন্ত ভোট পড়েছে ২৬.৩৭ শতাংশ", []string{"26.37 percent"}, ""},
		{"bn a magnitude in the afternoon is", "bn", "রবিবার দুপুরে ৬.৭ মাত্রার একটি পরাঘাত", []string{"6.7 magnitude"}, ""},
		{"bn five killed in the afternoon are", "bn", "দুপুরে ৫ জন নিহত হন", []string{"5 person"}, ""},
		{"bn one civilian killed is a toll of one", "bn", "হামলায় এক বেসামরিক নাগরিক নিহত হয়েছেন।", []string{"1 civilian"}, ""},
		{"hi one person died", "hi", "हमले में एक व्यक्ति की मौत हो गई।", []string{"1 person"}, ""},
		{"en one person was killed", "en", "One person was killed in the strike.", []string{"1 person"}, ""},
		{"en one of the cars is no figure", "en", "one car was parked outside", nil, ""},
		{"en one after a tally word is still an article", "en", "The total rose to one.", nil, ""},
	})
}

func TestFindQuantitiesRejects(t *testing.T) {
	runQuantityCases(t, []quantityCase{
		{"years are dates", "en", "From 1910 to 1945, the war; it started in 1939.", nil, ""},
		{"year range", "en", "the 1910-1945 occupation and fiscal 2023-24", nil, ""},
		{"ordinal word", "bn", "দ্বিতীয় বিশ্বযুদ্ধে", nil, ""},
		{"ordinal digits", "en", "the 2nd day, 1st place, ২১তম", nil, ""},
		{"indefinite article", "bn", "একটি ভিডিও ভাইরাল হয়েছে, এক জোড়া কুকুর", nil, ""},
		{"a video", "en", "a video shows one of the cars", nil, ""},
		{"the two of them", "bn", "তারা দু’জন আলোচনা করেন, দুজন প্রাণীর সাথে", nil, ""},
		{"phone numbers", "en", "Call +91 98765 43210 or 01712-345678 or 5551234567", nil, ""},
		{"URL and handle", "en", "pic.twitter.com/3IufORS27H and @user2024 #G20", nil, ""},
		{"day of a date", "en", "On June 21, 2024 and August 15, 21 June", nil, ""},
		{"Bengali date", "bn", "জুন 21, 2024", nil, ""},
		{"code names", "en", "COVID-19 and Su-27 and G20", nil, ""},
		{"time of day", "en", "at 10:30 on 3/4", nil, ""},
		{"clock times", "en", "at 11 am, 12 p.m. and 10 o'clock", nil, ""},
		{"clock, Hindi", "hi", "सुबह 11 बजे", nil, ""},
		{"decades", "en", "in the 1990s", nil, ""},
		{"compound adjective", "en", "a 23-article treaty", nil, ""},
		{"age in apposition", "en", "Putin, 72, and Kim, 41, met", nil, ""},
		{"labels", "en", "Article 370 and Section 144, Boeing 737, No. 15", nil, ""},
		{"bare small number", "en", "point 3 of the plan", nil, ""},
		{"nine means not", "bn", "এটা সত্য নয় সৈন্যরা", nil, ""},
		{"number word without a unit", "bn", "দুই নেতা একসঙ্গে", nil, ""},
		{"the same day", "bn", "একই দিনে তারা ফিরে যান", nil, ""},
	})
}

func TestQuantityIntervals(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		text          string
		low, high     float64
		qual          string
		vague         bool
		unit, counted string
		dim           string
	}{
		{"10000 soldiers", 10000, 10000, Exactly, false, "", "soldier", "count"},
		{"about 10 km", 9, 11, About, false, "km", "", "length"},
		{"about 3 hours", 2.5, 3.5, About, false, "hour", "", "duration"},
		{"at least 1.5 lakh troops", 150000, inf, AtLeast, false, "", "soldier", "count"},
		{"more than 10 hours", 10, inf, MoreThan, false, "hour", "", "duration"},
		{"up to 20%", 0, 20, AtMost, false, "percent", "", "ratio"},
		{"কয়েক হাজার শ্রমিক", 2000, 9000, Exactly, true, "", "worker", "count"},
		{"thousands of workers", 1000, 99999, Exactly, true, "", "worker", "count"},
		{"10-12 km", 10, 12, Exactly, false, "km", "", "length"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			qs := FindQuantities(tt.text, "")
			if len(qs) != 1 {
				t.Fatalf("FindQuantities(%q) = %d quantities, want 1", tt.text, len(qs))
			}
			q := qs[0]
			if q.Low != tt.low || q.High != tt.high {
				t.Errorf("interval = %v..%v, want %v..%v", q.Low, q.High, tt.low, tt.high)
			}
			if q.Qualifier != tt.qual || q.Vague != tt.vague {
				t.Errorf("qualifier %q vague %v, want %q %v", q.Qualifier, q.Vague, tt.qual, tt.vague)
			}
			if q.Unit != tt.unit || q.Counted != tt.counted || q.Dimension != tt.dim {
				t.Errorf("unit %q counted %q dimension %q, want %q %q %q", q.Unit, q.Counted, q.Dimension, tt.unit, tt.counted, tt.dim)
			}
		})
	}
}

func TestQuantityString(t *testing.T) {
	tests := []struct {
		q    Quantity
		want string
	}{
		{Quantity{Value: 1.5, Qualifier: AtLeast, Counted: "soldier", Unit: ""}, ">=1.5 soldier"},
		{Quantity{Value: 10, Qualifier: About, Unit: "km"}, "~10 km"},
		{Quantity{Value: 10000, Low: 10000, High: 10000, Counted: "soldier"}, "10000 soldier"},
		{Quantity{Value: 10, Low: 10, High: math.Inf(1), Qualifier: MoreThan, Unit: "hour"}, ">10 hour"},
		{Quantity{Value: 20, Qualifier: About, Unit: "percent"}, "~20 percent"},
		{Quantity{Value: 2000, Low: 2000, High: 9000, Vague: true, Counted: "worker"}, "2000-9000 worker"},
		{Quantity{Value: 1500000000, Low: 1500000000, High: 1500000000, Unit: "usd"}, "1500000000 usd"},
		{Quantity{Value: 42}, "42"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := tt.q.String(); got != tt.want {
				t.Errorf("String() = %q, want %q", got, tt.want)
			}
		})
	}
}

// seedText returns the text of every sample article, one claim-sized piece
// a line, as FindQuantities sees claims.
func seedText(tb testing.TB) []string {
	tb.Helper()
	var out []string
	err := fs.WalkDir(seeds.FS, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
			return err
		}
		b, err := fs.ReadFile(seeds.FS, path)
		if err != nil {
			return err
		}
		out = append(out, strings.Split(string(b), "\n")...)
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

func BenchmarkFindQuantities(b *testing.B) {
	lines := seedText(b)
	n := 0
	for _, l := range lines {
		n += len(l)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			FindQuantities(l, "")
		}
	}
}

func BenchmarkFindDates(b *testing.B) {
	lines := seedText(b)
	n := 0
	for _, l := range lines {
		n += len(l)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			FindDates(l, "", time.Time{})
		}
	}
}

// FuzzFindQuantities checks that no text makes the finders panic and that
// every span they report lies inside the text and holds the quoted text.
func FuzzFindQuantities(f *testing.F) {
	for _, s := range []string{"১০ ঘণ্টারও বেশি", "किमान 1.5 उत्तर कोरियाच्या सैन्याला", "10 km (6 miles)", "June 21, 2024",
		"2024-06-21", "1,00,000", "((((", "10-", "about", "$", "21.06.2024", "এই বছরের ফেব্রুয়ারিতে"} {
		f.Add(s)
	}
	pub := time.Date(2024, 6, 19, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		runes := []rune(text)
		for _, q := range FindQuantities(text, "") {
			if q.Start < 0 || q.End > len(runes) || q.Start >= q.End || string(runes[q.Start:q.End]) != q.Text {
				t.Fatalf("quantity span %d..%d of %q does not hold %q", q.Start, q.End, text, q.Text)
			}
		}
		for _, d := range FindDates(text, "", pub) {
			if d.Start < 0 || d.End > len(runes) || d.Start >= d.End || string(runes[d.Start:d.End]) != d.Text {
				t.Fatalf("date span %d..%d of %q does not hold %q", d.Start, d.End, text, d.Text)
			}
		}
		Score(&Claim{Text: text})
	})
}

// TestClassifierEndsPhrase checks, per language, that a person classifier
// qualifies the noun right after it only when it has no case ending of
// its own and is no English word: ৫০০ জন শ্রমিক counts workers, but the
// 31 sent home are people, not houses.
func TestClassifierEndsPhrase(t *testing.T) {
	runQuantityCases(t, []quantityCase{
		{"bn classifier before a noun", "bn", "কারখানার ৫০০ জন শ্রমিক ছাঁটাই হয়েছেন।", []string{"500 worker"}, ""},
		{"bn classifier with a case ending", "bn", "চিকিৎসার পর ৩১ জনকে বাড়ি পাঠানো হয়েছে।", []string{"31 person"}, ""},
		{"hi people sent home", "hi", "इलाज के बाद 31 लोगों को घर भेज दिया गया।", []string{"31 person"}, ""},
		{"mr classifier with a case ending", "mr", "जखमींपैकी ३१ जणांना घरी सोडण्यात आले.", []string{"31 person"}, ""},
		{"en people sent home", "en", "Doctors sent 31 people home on Monday.", []string{"31 person"}, ""},
		{"mr a genitive classifier still qualifies", "mr", "त्यापैकी ४९ जणांचे मृतदेह ब्रिटनला पाठवण्यात आले.", []string{"49 body"}, ""},
		{"bn a genitive classifier still qualifies", "bn", "এ পর্যন্ত ১০ জনের দেহ শনাক্ত হয়েছে।", []string{"10 body"}, ""},
	})
}

// TestSitesCounted checks, per language, that the sites a strike hit are
// what its figure counts, a small count in words included.
func TestSitesCounted(t *testing.T) {
	runQuantityCases(t, []quantityCase{
		{"hi nine terror sites", "hi", "भारत ने नौ आतंकी ठिकानों पर हमला किया।", []string{"9 site"}, "नौ आतंकी ठिकानों"},
		{"bn nine sites", "bn", "ভারত পাকিস্তানের ৯টি জঙ্গি ঘাঁটিতে হামলা চালিয়েছে।", []string{"9 site"}, ""},
		{"mr nine sites", "mr", "भारताने पाकिस्तानातील नऊ ठिकाणांवर हल्ला केला.", []string{"9 site"}, ""},
		{"en nine sites", "en", "India struck nine sites in Pakistan.", []string{"9 site"}, ""},
	})
}
