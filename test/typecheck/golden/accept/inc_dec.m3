(* INC and DEC work on any ordinal variable; on a subrange the result is range-checked. *)
MODULE IncDec EXPORTS Main;

IMPORT IO, Fmt;

TYPE Level = {Low, Medium, High};

VAR
  n := 10;
  small: [0 .. 9] := 5;
  level := Level.Low;
  c := 'a';

BEGIN
  INC(n);
  DEC(n, 3);
  INC(small, 2);
  INC(level);
  INC(c, 2);
  IO.Put(Fmt.Int(n + small + ORD(level)) & Fmt.Char(c) & "\n");
END IncDec.
