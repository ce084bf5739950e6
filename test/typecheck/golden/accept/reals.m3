(* REAL, LONGREAL and EXTENDED are distinct types: literals say which (E, D, X exponents), and
   FLOAT converts between them. *)
MODULE Reals EXPORTS Main;

IMPORT IO, Fmt;

CONST
  Single = 1.5E2;
  Double = 1.5D2;
  Ext = 1.5X2;

VAR
  r: REAL := Single;
  d: LONGREAL := Double;
  e: EXTENDED := Ext;

BEGIN
  d := d + FLOAT(r, LONGREAL);
  e := e * FLOAT(d, EXTENDED);
  r := FLOAT(e);
  IF r > FIRST(REAL) AND d < LAST(LONGREAL) THEN
    IO.Put(Fmt.Real(r) & Fmt.LongReal(d) & Fmt.Extended(e) & "\n");
  END;
END Reals.
