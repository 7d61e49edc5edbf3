package claims

import "testing"

// TestNameTransliterate checks the English spellings of Indian names that
// differ from a letter-for-letter reading, in Hindi, Marathi and Bengali.
func TestNameTransliterate(t *testing.T) {
	tests := []struct{ word, want string }{
		{"विनीत", "vineet"},
		{"पुनीत", "puneet"},
		{"प्रवीण", "praveen"},
		{"संदीप", "sandeep"},
		{"विश्वास", "vishwas"},
		{"स्वप्निल", "swapnil"},
		{"द्विवेदी", "dwivedi"},
		{"अश्विनी", "ashwini"},
		{"स्वपन", "swapan"},
		// Unchanged: -ीश and -ीम, short i, no conjunct v.
		{"नीतीश", "nitish"},
		{"शमीम", "shamim"},
		{"सुनील", "sunil"},
		{"जोशी", "joshi"},
		{"वर्मा", "varma"},
		// Bengali keeps the i; its joined ব is w.
		{"প্রদীপ", "pradip"},
		{"বিশ্বজিৎ", "bishwajit"},
		{"শামিম", "shamim"},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			if got := nameTransliterate(lexNFC(tt.word)); got != tt.want {
				t.Errorf("nameTransliterate(%q) = %q, want %q", tt.word, got, tt.want)
			}
		})
	}
}
