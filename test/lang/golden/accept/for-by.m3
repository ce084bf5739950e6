MODULE Countdown;

IMPORT IO, Fmt;

BEGIN
  FOR i := 10 TO 0 BY -2 DO
    IO.Put(Fmt.Int(i) & " ")
  END;
  FOR c := 'a' TO 'z' DO END;
  FOR k := FIRST(CARDINAL) TO 5 DO IO.Put("k") END;
  IO.Put("\n")
END Countdown.
