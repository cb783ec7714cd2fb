-- severity: warning
-- description: Male plus female voters equal the stated total (L + P = L+P).
SELECT doc_id, satker_id, pemilihan, tahun, tingkat_wilayah, wilayah,
       pemilih_l, pemilih_p, pemilih_total,
       pemilih_l + pemilih_p - pemilih_total AS selisih
FROM dpt
WHERE pemilih_l IS NOT NULL AND pemilih_p IS NOT NULL AND pemilih_total IS NOT NULL
  AND pemilih_l + pemilih_p <> pemilih_total
