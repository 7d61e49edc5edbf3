package store

import "testing"

// BenchmarkPackBody packs the seeds' raw and clean text as an import
// stores them, and reports the packed size against the plain one.
func BenchmarkPackBody(b *testing.B) {
	seeds := processedSeeds(b)
	var plain, packed int
	for _, a := range seeds {
		plain += len(a.Raw) + len(a.Clean)
		packed += len(packBody(a.Raw, a.Clean))
	}
	b.SetBytes(int64(plain / len(seeds)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := seeds[i%len(seeds)]
		packBody(a.Raw, a.Clean)
	}
	b.ReportMetric(float64(packed)/float64(plain), "packed/plain")
}

// TestPackBody: what packBody packs, unpackBody gives back.
func TestPackBody(t *testing.T) {
	for _, a := range processedSeeds(t) {
		raw, clean, err := unpackBody(packBody(a.Raw, a.Clean))
		if err != nil || raw != a.Raw || clean != a.Clean {
			t.Errorf("%s: unpackBody(packBody(raw, clean)) = %d, %d bytes, %v; want %d, %d", a.Origin, len(raw), len(clean), err, len(a.Raw), len(a.Clean))
		}
	}
}
