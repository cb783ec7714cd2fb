package parse

import "testing"

// TestChartGateMarksSideBySide: exportUnproven's chart gate answers the
// same from the text's marks as from its own search, on every corpus text
// and on made-up chart configs and near misses.
func TestChartGateMarksSideBySide(t *testing.T) {
	texts := [][]byte{[]byte("data: {labels: ['A'], datasets: [{data: [1]}]}"), []byte("series: [{}], xAxis: {}"),
		[]byte("labels only"), []byte("seriesAxis"), []byte("datasets"), nil}
	for _, b := range marksTexts(t) {
		texts = append(texts, b)
	}
	for _, b := range texts {
		if got, want := chartMayHold(b, new(textMarks)), chartMayHold(b, nil); got != want {
			t.Fatalf("chartMayHold with marks %v, without %v: %.60q", got, want, b)
		}
	}
}
