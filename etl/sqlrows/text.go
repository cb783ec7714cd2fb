package sqlrows

import (
	"fmt"
	"strconv"
	"time"
)

// Text writes a value the driver (or encoding/json) gave as machines read
// it: NULL as "", a float64 in full without an exponent (2024.0 is "2024",
// so a JSON number and a database integer read alike), a time in RFC 3339,
// integers, booleans and anything else as fmt prints them (exact).
func Text(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case time.Time:
		return x.Format(time.RFC3339)
	}
	return fmt.Sprint(v)
}
