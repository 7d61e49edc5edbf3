package claims

import (
	"strings"
	"testing"
)

// fxReferredCase is an article and the facets ArticleFacets should give
// its last claim, with the owner it should fill in on that claim's
// figures.
type fxReferredCase struct {
	name string
	text string
	want []string // fxFacetLine of each facet of the last claim, in order
	of   string   // Quantity.Of of the last claim's first figure
}

// fxRunReferredCases runs ArticleFacets on each case's article.
func fxRunReferredCases(t *testing.T, tests []fxReferredCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Process("probe.txt", []byte(tt.text), Meta{}, Options{})
			if err != nil || len(a.Claims) < 2 {
				t.Fatalf("Process(%q): %v, %d claims; want two or more", tt.text, err, len(a.Claims))
			}
			fs := ArticleFacets(a)
			if len(fs) != len(a.Claims) {
				t.Fatalf("got facets of %d claims, want %d", len(fs), len(a.Claims))
			}
			last := len(a.Claims) - 1
			var got []string
			for _, f := range fs[last] {
				got = append(got, fxFacetLine(f))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("facets of %q:\ngot  %q\nwant %q", a.Claims[last].Text, got, tt.want)
			}
			if qs := a.Claims[last].Quantities; len(qs) > 0 && qs[0].Of != tt.of {
				t.Errorf("Of of %q: got %q, want %q", qs[0].Text, qs[0].Of, tt.of)
			}
		})
	}
}

func TestArticleFacetsReferBackMarathi(t *testing.T) {
	fxRunReferredCases(t, []fxReferredCase{
		{
			name: "this figure of the turnout",
			text: "मतदानाचा टक्का ४२.५ टक्के झाला. सोमवारी त्यांनी हा आकडा ४१.८ टक्के असल्याचे सांगितले होते.",
			want: []string{"quantity||turnout percent = 41.8 percent"},
		},
		{
			name: "this number of soldiers",
			text: "उत्तर कोरियाने रशियाला १०,००० सैनिक पाठवले आहेत. गेल्या आठवड्यात अमेरिकेने ही संख्या ३,००० सांगितली होती.",
			want: []string{"quantity|north korea|soldier count = 3000 soldier"},
			of:   "North Korea",
		},
		{
			name: "a count is no turnout",
			text: "मतदानाचा टक्का ४२.५ टक्के झाला. हा आकडा ३,००० होता.",
		},
		{
			name: "no phrase",
			text: "मतदानाचा टक्का ४२.५ टक्के झाला. सोमवारी त्यांनी ४१.८ टक्के असल्याचे सांगितले होते.",
		},
	})
}

func TestArticleFacetsReferBackHindi(t *testing.T) {
	fxRunReferredCases(t, []fxReferredCase{
		{
			name: "this number of soldiers",
			text: "उत्तर कोरिया ने रूस में 10,000 सैनिक भेजे हैं। पिछले हफ्ते अमेरिका ने यह संख्या 3,000 बताई थी।",
			want: []string{"quantity|north korea|soldier count = 3000 soldier"},
			of:   "North Korea",
		},
		{
			name: "this figure, two claims back",
			text: "उत्तर कोरिया ने रूस में 10,000 सैनिक भेजे हैं। यह खबर सुबह आई। पिछले हफ्ते अमेरिका ने यह आंकड़ा 3,000 बताया था।",
			want: []string{"quantity|north korea|soldier count = 3000 soldier"},
			of:   "North Korea",
		},
		{
			name: "three claims back is too far",
			text: "उत्तर कोरिया ने रूस में 10,000 सैनिक भेजे हैं। यह खबर सुबह आई। बैठक लंबी चली। पिछले हफ्ते अमेरिका ने यह संख्या 3,000 बताई थी।",
		},
		{
			name: "a part of this number",
			text: "उत्तर कोरिया ने रूस में 10,000 सैनिक भेजे हैं। इस संख्या में 500 अधिकारी हैं।",
		},
		{
			name: "no earlier fact",
			text: "बैठक लंबी चली। पिछले हफ्ते अमेरिका ने यह संख्या 3,000 बताई थी।",
		},
	})
}

func TestArticleFacetsReferBackBengali(t *testing.T) {
	fxRunReferredCases(t, []fxReferredCase{
		{
			name: "this number of soldiers",
			text: "উত্তর কোরিয়া রাশিয়ায় দশ হাজার সেনা পাঠিয়েছে। গত সপ্তাহে যুক্তরাষ্ট্র এই সংখ্যা ৩ হাজার বলেছিল।",
			want: []string{"quantity|north korea|soldier count = 3000 soldier"},
			of:   "North Korea",
		},
		{
			name: "the number, definite",
			text: "উত্তর কোরিয়া রাশিয়ায় দশ হাজার সেনা পাঠিয়েছে। গত সপ্তাহে সংখ্যাটি ছিল ৩ হাজার।",
			want: []string{"quantity|north korea|soldier count = 3000 soldier"},
			of:   "North Korea",
		},
		{
			name: "no phrase",
			text: "উত্তর কোরিয়া রাশিয়ায় দশ হাজার সেনা পাঠিয়েছে। গত সপ্তাহে যুক্তরাষ্ট্র ৩ হাজার বলেছিল।",
		},
		{
			name: "a percentage is no count",
			text: "উত্তর কোরিয়া রাশিয়ায় দশ হাজার সেনা পাঠিয়েছে। এই সংখ্যা ৪০ শতাংশ বেড়েছে।",
		},
	})
}

func TestArticleFacetsReferBackEnglish(t *testing.T) {
	fxRunReferredCases(t, []fxReferredCase{
		{
			name: "put the figure at",
			text: "North Korea has sent 10,000 soldiers to Russia. Last week the US had put the figure at 3,000.",
			want: []string{"quantity|north korea|soldier count = 3000 soldier"},
			of:   "North Korea",
		},
		{
			name: "the number of the turnout",
			text: "Turnout was 42.5 percent. On Monday officials had put this number at 41.8 percent.",
			want: []string{"quantity||turnout percent = 41.8 percent"},
		},
		{
			name: "no phrase",
			text: "North Korea has sent 10,000 soldiers to Russia. Last week the US had put it at 3,000.",
		},
		{
			name: "a part of this number",
			text: "North Korea has sent 10,000 soldiers to Russia. Of this number, 500 are officers.",
		},
		{
			name: "no earlier fact",
			text: "The meeting ran late. Last week the US had put the figure at 3,000.",
		},
		{
			name: "a count is no percentage",
			text: "Turnout was 42.5 percent. On Monday officials had put the figure at 3,000.",
		},
	})
}
