(* Scan.Int and Scan.Unsigned refuse a number too large for a word as a bad format, and read the
   largest ones exactly. *)
MODULE ScanIntRange EXPORTS Main;
IMPORT IO, Fmt, Scan;

PROCEDURE Try (t: TEXT; unsigned := FALSE) =
  BEGIN
    TRY
      IF unsigned THEN
        IO.Put(t & " -> " & Fmt.Unsigned(Scan.Unsigned(t)) & "\n")
      ELSE
        IO.Put(t & " -> " & Fmt.Int(Scan.Int(t)) & "\n")
      END
    EXCEPT
    | Scan.BadFormat => IO.Put(t & " -> BadFormat\n")
    END
  END Try;

BEGIN
  Try("9223372036854775807");
  Try("-9223372036854775808");
  Try("9223372036854775808");
  Try("-9223372036854775809");
  Try("99999999999999999999");
  Try("16_7FFFFFFFFFFFFFFF");
  Try("ffffffffffffffff", TRUE);
  Try("10000000000000000", TRUE)
END ScanIntRange.
