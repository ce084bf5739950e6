MODULE Else;
VAR a, b, c: INTEGER;
BEGIN
  IF a = 0 THEN b := 1 ELSE b := 2 ELSE c := 3 END;
  a := 4
END Else.
