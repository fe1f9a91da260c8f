// One index-backed probe instead of counting: is any Agency there yet?
OPTIONAL MATCH (a:Agency) WITH a LIMIT 1 RETURN a IS NULL AS empty
