package claims

import (
	"strings"
	"testing"
	"time"
)

func TestFindDates(t *testing.T) {
	// A Wednesday in the middle of 2024.
	pub := time.Date(2024, 6, 19, 10, 0, 0, 0, time.UTC)
	tests := []struct {
		name, text string
		pub        time.Time
		want       []string // ISO/precision/relative, "" ISO shown as -
	}{
		{"English month day year", "On June 21, 2024 they met", time.Time{}, []string{"2024-06-21/day"}},
		{"day first", "21 June 2024", time.Time{}, []string{"2024-06-21/day"}},
		{"span of days", "June 21-22, 2024", time.Time{}, []string{"2024-06-21/day"}},
		{"Bengali month, ASCII digits", "জুন 21, 2024", time.Time{}, []string{"2024-06-21/day"}},
		{"Bengali digits", "২১ জুন ২০২৪ তারিখে", time.Time{}, []string{"2024-06-21/day"}},
		{"Marathi month year", "फेब्रुवारी २०२२ मध्ये", time.Time{}, []string{"2022-02/month"}},
		{"ISO", "on 2024-06-21", time.Time{}, []string{"2024-06-21/day"}},
		{"slashes day first", "on 21/06/2024", time.Time{}, []string{"2024-06-21/day"}},
		{"dots day first", "on 21.06.2024", time.Time{}, []string{"2024-06-21/day"}},
		{"years alone", "From 1910 to 1945; in 1939", time.Time{}, []string{"1910/year", "1945/year", "1939/year"}},
		{"Bengali year with marker", "১৯৪৫ সালে", time.Time{}, []string{"1945/year"}},
		{"year then month", "২০২২ সালের ফেব্রুয়ারি", time.Time{}, []string{"2022-02/month"}},
		{"year then day and month", "১৯৭১ সালের ২৬ মার্চ", time.Time{}, []string{"1971-03-26/day"}},
		{"weekday unresolved", "বুধবার ভোরে", time.Time{}, []string{"-/day/rel"}},
		{"weekday same day", "বুধবার ভোরে", pub, []string{"2024-06-19/day/rel"}},
		{"Marathi weekday with ending", "पुतीन यांनी शुक्रवारी", pub, []string{"2024-06-14/day/rel"}},
		{"Marathi Tuesday", "मंगळवारी सांगितले", pub, []string{"2024-06-18/day/rel"}},
		{"last Wednesday", "last Wednesday", pub, []string{"2024-06-12/day/rel"}},
		{"next Friday", "next Friday", pub, []string{"2024-06-21/day/rel"}},
		{"last June in June", "Putin visited Pyongyang last June", pub, []string{"2023-06/month/rel"}},
		{"last June later", "last June", time.Date(2024, 8, 15, 0, 0, 0, 0, time.UTC), []string{"2024-06/month/rel"}},
		{"this February, Bengali", "পুতিন এই বছরের ফেব্রুয়ারিতে কিমকে", pub, []string{"2024-02/month/rel"}},
		{"month and last year", "visited Moscow in September last year", pub, []string{"2023-09/month/rel"}},
		{"last year, Marathi", "युक्रेनियन सैन्याने गेल्या वर्षी", pub, []string{"2023/year/rel"}},
		{"last year, Bengali", "গত বছর", pub, []string{"2023/year/rel"}},
		{"yesterday", "yesterday", pub, []string{"2024-06-18/day/rel"}},
		{"last month, Marathi", "गेल्या महिन्यात 500 सैनिक", pub, []string{"2024-05/month/rel"}},
		{"last month in January", "last month", time.Date(2024, 1, 10, 0, 0, 0, 0, time.UTC), []string{"2023-12/month/rel"}},
		{"last day and month, Bengali", "গত ১৫ আগস্ট", pub, []string{"2023-08-15/day/rel"}},
		{"last day and month, earlier in the year", "গত ১৫ মার্চ", pub, []string{"2024-03-15/day/rel"}},
		{"yearless with published", "on August 15", pub, []string{"2024-08-15/day/rel"}},
		{"yearless months ahead is last year's", "Hasina fled on August 5", time.Date(2025, 2, 12, 0, 0, 0, 0, time.UTC), []string{"2024-08-05/day/rel"}},
		{"yearless weeks ahead is this year's", "the vote on July 20", pub, []string{"2024-07-20/day/rel"}},
		{"yearless months ahead, announced, is this year's", "Brazil takes over on 1 December", time.Date(2023, 9, 10, 0, 0, 0, 0, time.UTC), []string{"2023-12-01/day/rel"}},
		{"a list of days, Hindi", "11 और 12 अप्रैल को भड़की हिंसा", pub, []string{"2024-04-11/day/rel", "2024-04-12/day/rel"}},
		{"a span's end gives its start its year", "between 1 July and 15 August 2022", pub, []string{"2022-07-01/day", "2022-08-15/day"}},
		{"a span's end gives its start its year, Marathi", "१ जुलै ते १५ ऑगस्ट २०२२ दरम्यान", pub, []string{"2022-07-01/day", "2022-08-15/day"}},
		{"a list of days, Bengali", "৯ ও ১০ সেপ্টেম্বর ২০২৩ তারিখে", time.Time{}, []string{"2023-09-09/day", "2023-09-10/day"}},
		{"a list of days, English", "on 11, 12 and 13 April 2024", time.Time{}, []string{"2024-04-11/day", "2024-04-12/day", "2024-04-13/day"}},
		{"yearless unresolved", "on August 15", time.Time{}, []string{"--08-15/day/rel"}},
		{"bare month", "in March", pub, []string{"2024-03/month/rel"}},
		{"may the verb", "they may go", time.Time{}, nil},
		{"short Bengali May alone", "সে মে", time.Time{}, nil},
		{"counted thousands are not years", "2000 soldiers and 1500 km", time.Time{}, nil},
		{"figures are not dates", "10,000 troops", time.Time{}, nil},
		{"URL digits", "pic.twitter.com/2024abc", time.Time{}, nil},
		{"decade is no year", "in the 1990s", time.Time{}, nil},
		{"month with ending closes its phrase, Marathi", "जूनमध्ये ३० जणांचा मृत्यू", pub, []string{"2024-06/month/rel"}},
		{"month with ending closes its phrase, Bengali", "জুনে ৩০ জন নিহত", pub, []string{"2024-06/month/rel"}},
		{"month with ending still takes a year", "फेब्रुवारीत २०२२", time.Time{}, []string{"2022-02/month"}},
		{"short month with month noun, Marathi", "मे महिन्यात १०७ जणांचा", pub, []string{"2024-05/month/rel"}},
		{"short month with month noun, Bengali", "মে মাসে ১০৭ জন", pub, []string{"2024-05/month/rel"}},
		{"short month with month noun, Hindi", "मई महीने में 107 लोग", pub, []string{"2024-05/month/rel"}},
		{"short Marathi me alone", "मे सांगितले", time.Time{}, nil},
		{"year first with slashes", "on 2024/06/21", time.Time{}, []string{"2024-06-21/day"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := FindDates(tt.text, "", tt.pub)
			var got []string
			for _, d := range ds {
				s := d.ISO
				if s == "" {
					s = "-"
				}
				s += "/" + d.Precision
				if d.Relative {
					s += "/rel"
				}
				got = append(got, s)
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Fatalf("FindDates(%q) = %q, want %q", tt.text, got, tt.want)
			}
			runes := []rune(tt.text)
			for _, d := range ds {
				if string(runes[d.Start:d.End]) != d.Text {
					t.Errorf("span %d..%d does not hold %q", d.Start, d.End, d.Text)
				}
			}
		})
	}
}

// TestFindDatesLanguage checks the words that are dates in one language
// only: काल is yesterday in Marathi and an era in Hindi.
func TestFindDatesLanguage(t *testing.T) {
	pub := time.Date(2024, 6, 19, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		lang, text string
		want       int
	}{
		{"mr", "काल रात्री हल्ला झाला", 1},
		{"hi", "कोरोना काल में", 0},
		{"", "काल", 1},
	}
	for _, tt := range tests {
		t.Run(tt.lang+" "+tt.text, func(t *testing.T) {
			if got := len(FindDates(tt.text, tt.lang, pub)); got != tt.want {
				t.Errorf("FindDates(%q, %q) found %d dates, want %d", tt.text, tt.lang, got, tt.want)
			}
		})
	}
}
