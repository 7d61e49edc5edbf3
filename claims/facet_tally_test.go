package claims

import (
	"slices"
	"testing"
)

// TestTallyFacets checks, per language, whose a result's tally is (a
// party's seats, a team's runs), in which place, what a percentage
// measures, and the figures that are the event's own (a crowd, a
// journey): a party's seats in one state must never meet its national
// count, nor a margin the votes won.
func TestTallyFacets(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // Subject|Attribute|Value of each quantity facet
	}{
		{"en a place in the clause scopes the seats", "The Samajwadi Party won 37 seats in Uttar Pradesh.", []string{"Samajwadi Party|seat count in Uttar Pradesh|37 seat"}},
		{"hi the dative of a result verb owns the seats", "भाजपा के नेतृत्व वाले एनडीए को कुल 310 सीटें मिलीं।", []string{"National Democratic Alliance|seat count|310 seat"}},
		{"hi words between the party and its seats", "भारतीय जनता पार्टी ने अपने दम पर 250 सीटें जीतीं।", []string{"Bharatiya Janata Party|seat count|250 seat"}},
		{"bn the party before a result verb", "বিজেপি একক ভাবে পেয়েছে ২৫০টি আসন।", []string{"Bharatiya Janata Party|seat count|250 seat"}},
		{"mr the dative of a result verb", "भाजपला १५ जागा मिळाल्या.", []string{"Bharatiya Janata Party|seat count|15 seat"}},
		{"hi a figure between party and seats", "उत्तर प्रदेश में समाजवादी पार्टी ने 80 में से 37 सीटें जीतीं।", []string{"Samajwadi Party|seat count in Uttar Pradesh|37 seat"}},
		{"mr a state not named: no facet", "भाजपला राज्यात ९ जागा मिळाल्या.", nil},
		{"bn a state not named: no facet", "রাজ্যে বিজেপি পেয়েছে ১২টি আসন।", nil},
		{"en a state not named: no facet", "In the state, the BJP won 9 seats.", nil},
		{"hi a margin is not the votes won", "अमित शाह ने गांधीनगर सीट 5 लाख वोटों के अंतर से जीती।", []string{"Amit Shah|vote count margin in Gandhinagar|500000 vote"}},
		{"en independents win as a bloc, past an aside naming a party", "Independent candidates, most of them Awami League leaders, won 62 seats.", []string{"Independents|seat count|62 seat"}},
		{"hi independents", "निर्दलीय उम्मीदवारों को ६२ सीटें मिलीं।", []string{"Independents|seat count|62 seat"}},
		{"mr independents beside a party", "अपक्ष उमेदवारांनी ६२ जागा जिंकल्या, तर जातीय पार्टीला ११ जागा मिळाल्या.", []string{"Independents|seat count|62 seat", "Jatiya Party|seat count|11 seat"}},
		{"bn independents", "স্বতন্ত্র প্রার্থীরা ৬২টি আসনে জয়ী হয়েছেন।", []string{"Independents|seat count|62 seat"}},
		{"en a place before a comma still gives way to the party after it", "In Bangladesh, the Awami League won 222 seats.", []string{"Awami League|seat count|222 seat"}},
		{"en turnout is the election's", "The overall voter turnout stood at 62.5 per cent.", []string{"|turnout percent|62.5 percent"}},
		{"en a turnout revised to a figure far after the word", "The Election Commission has revised the turnout in Sunday's 12th parliamentary election to 41.8 percent.", []string{"|turnout percent|41.8 percent"}},
		{"en the turnout word reaches no percentage past another figure", "Turnout rose in 12 of 20 districts, and prices fell 3 percent.", nil},
		{"hi turnout is the election's", "देश में कुल 61 प्रतिशत मतदान हुआ।", []string{"|turnout percent|61 percent"}},
		{"en any other percentage states nothing", "Inflation rose to 6 per cent in May.", nil},
		{"en a turnout above the whole is garbled, not a turnout", "Turnout was 104 per cent in one booth.", nil},
		{"hi troops are no tally: a result verb does not own them", "रूस को 10 हजार सैनिक मिले।", nil},
		{"en bowled out for: the team's runs", "India were bowled out for 250 in 48 overs.", []string{"India|run count|250 run"}},
		{"hi the team before its total, another figure between", "भारतीय टीम 49 ओवर में 230 रन पर ऑलआउट हो गई।", []string{"India|run count|230 run"}},
		{"bn the team right before its total", "প্রথমে ব্যাট করে ভারত ২৫০ রানে অল আউট হয়ে যায়।", []string{"India|run count|250 run"}},
		{"mr the team's innings", "भारताचा डाव ४९ षटकांत २३० धावांत आटोपला.", []string{"India|run count|230 run"}},
		{"hi the side runs were made against owns none", "हेड ने भारत के खिलाफ 163 रन बनाए।", nil},
		{"en runs off balls are the batter's", "Virat Kohli made 85 off 90 balls.", []string{"Virat Kohli|run count|85 run"}},
		{"hi an innings is the batter's, another figure between", "विराट कोहली ने 90 गेंदों पर 85 रन की पारी खेली।", []string{"Virat Kohli|run count|85 run"}},
		{"en scoring runs, the batter named far before", "Virat Kohli was named player of the series after scoring 500 runs.", []string{"Virat Kohli|run count|500 run"}},
		{"en a bare figure says nothing of runs unless its words do", "Virat Kohli made 54 in the final.", nil},
		{"en a crowd is the match's own", "A crowd of 80,000 watched the final.", []string{"|spectator count|80000 spectator"}},
		{"mr spectators are the match's own", "स्टेडियममध्ये ८५,००० प्रेक्षक उपस्थित होते.", []string{"|spectator count|85000 spectator"}},
		{"en a journey's length is the event's", "The probe covered about 3.84 lakh km in 40 days.", []string{"|distance travelled|~384000 km"}},
		{"bn a journey's length is the event's", "প্রায় ২ লক্ষ কিলোমিটার পথ পাড়ি দিয়েছে যানটি।", []string{"|distance travelled|~200000 km"}},
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
				t.Errorf("facets = %q, want %q\n(quantities %+v, entities %+v)", got, tt.want, a.Claims[0].Quantities, a.Claims[0].Entities)
			}
		})
	}
}
