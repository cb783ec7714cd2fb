-- relationships: every {{.Table}}.{{index .Columns 0}} is a {{.To}}.{{.Field}}.
SELECT '{{.Table}}.{{index .Columns 0}}' AS kolom, {{.Row}} AS baris, {{index .Columns 0}}::VARCHAR AS nilai
FROM {{.Table}}
WHERE {{index .Columns 0}} IS NOT NULL
  AND {{index .Columns 0}} NOT IN (SELECT {{.Field}} FROM {{.To}} WHERE {{.Field}} IS NOT NULL)
