package report

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// resolveLoose is resolveSatker's second try when nothing matched exactly:
// the region name without its "Kabupaten"/"Kota"/"Provinsi" prefix, so
// "Kupang" finds both KPU Kabupaten Kupang (5301) and KPU Kota Kupang
// (5371) and says so, instead of "not found".
func resolveLoose(ctx context.Context, q Querier, s, what string, provinsi bool) (id, name string, err error) {
	rows, err := q.QueryContext(ctx, `
		SELECT satker_id, nama
		FROM satker
		WHERE lower(regexp_replace(wilayah, '^(Kabupaten|Kota|Provinsi|Kab\.)\s+', '', 'i'))
		      = lower(trim(?))
		  AND (NOT ? OR jenis = 'provinsi')
		ORDER BY satker_id`, s, provinsi)
	if err != nil {
		return "", "", fmt.Errorf("resolve satker %q: %w", s, err)
	}
	ids, names, err := idsAndNames(rows)
	if err != nil {
		return "", "", err
	}
	switch len(ids) {
	case 0:
		return "", "", fmt.Errorf("%s %q not found", what, s)
	case 1:
		return ids[0], names[0], nil
	}
	return "", "", ambiguous(what, s, ids, names)
}

// ErrAmbiguous marks a satker parameter that names more than one satker.
var ErrAmbiguous = fmt.Errorf("ambigu")

// ambiguous lists the candidates with their names and says how to choose.
func ambiguous(what, s string, ids, names []string) error {
	var cands []string
	for i := range ids {
		cands = append(cands, ids[i]+" ("+names[i]+")")
	}
	return fmt.Errorf("%s %q %w: cocok dengan %d satker: %s; pilih dengan kodenya, mis. %s",
		what, s, ErrAmbiguous, len(ids), strings.Join(cands, ", "), ids[0])
}

// idsAndNames reads the (satker_id, nama) rows of a satker look-up and
// closes them.
func idsAndNames(rows *sql.Rows) (ids, names []string, err error) {
	defer rows.Close()
	for rows.Next() {
		var i, n string
		if err := rows.Scan(&i, &n); err != nil {
			return nil, nil, err
		}
		ids, names = append(ids, i), append(names, n)
	}
	return ids, names, rows.Err()
}
