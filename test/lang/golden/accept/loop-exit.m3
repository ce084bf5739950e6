MODULE Search;

PROCEDURE Find(READONLY a: ARRAY OF INTEGER; x: INTEGER): INTEGER =
  VAR i := 0;
  BEGIN
    LOOP
      IF i > LAST(a) THEN RETURN -1 END;
      IF a[i] = x THEN EXIT END;
      INC(i)
    END;
    RETURN i
  END Find;

BEGIN
END Search.
