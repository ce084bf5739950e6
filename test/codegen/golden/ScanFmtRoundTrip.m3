(* Scan.Int reads back what Fmt.Int writes, in the same base, for positive and negative numbers. *)
MODULE ScanFmtRoundTrip EXPORTS Main;
IMPORT IO, Fmt, Scan;
<*FATAL Scan.BadFormat*>
VAR values := ARRAY [0 .. 4] OF INTEGER{0, 1, -1, 123456789, -4096}; ok := 0;
BEGIN
  FOR i := FIRST(values) TO LAST(values) DO
    FOR b := 2 TO 16 DO
      IF Scan.Int(Fmt.Int(values[i], b), b) = values[i] THEN INC(ok) END
    END
  END;
  IO.Put(Fmt.Int(ok) & " of 75 round trips\n")
END ScanFmtRoundTrip.
