package sqlrows

import "reflect"

// Float reads a value the driver (or encoding/json) gave as a number: every
// Go integer and float kind, since DuckDB returns the type of the column
// (int8 for TINYINT up to uint64 for UBIGINT, float32 for FLOAT). Anything
// else, NULL included, is not a number.
func Float(v any) (float64, bool) {
	switch x := reflect.ValueOf(v); {
	case x.CanFloat():
		return x.Float(), true
	case x.CanInt():
		return float64(x.Int()), true
	case x.CanUint():
		return float64(x.Uint()), true
	}
	return 0, false
}
