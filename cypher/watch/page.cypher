// A keyset page of one user's watches, by kind then key (index watch_subject_kind_key).
MATCH (w:Watch)
WHERE w.subject = $subject
  AND ($afterSort IS NULL OR w.kind > $afterSort OR (w.kind = $afterSort AND w.key > $afterId))
WITH w ORDER BY w.kind, w.key LIMIT toInteger($limit)
RETURN w {.id, .kind, .key, createdAt: toString(w.createdAt)} AS node, w.kind AS sort, w.key AS id
