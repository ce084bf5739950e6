(* CHAR is an enumeration of 256 values: literals with escapes, ORD and VAL, ranges. *)
MODULE Characters EXPORTS Main;

IMPORT IO, Fmt;

CONST
  Newline = '\n';
  Tab = '\t';
  Quote = '\'';
  Octal = '\101';   (* 'A' *)

PROCEDURE Upper (c: CHAR): CHAR =
  BEGIN
    IF c >= 'a' AND c <= 'z' THEN RETURN VAL(ORD(c) - ORD('a') + ORD('A'), CHAR) END;
    RETURN c;
  END Upper;

BEGIN
  IO.Put(Fmt.Char(Upper('q')) & Fmt.Char(Octal) & Fmt.Char(Quote) & Fmt.Char(Tab) & Fmt.Char(Newline));
  IO.PutInt(ORD(LAST(CHAR)));
END Characters.
