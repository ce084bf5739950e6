(* INC and DEC with and without an amount, on integers, characters and enumerations. *)
MODULE IncDec EXPORTS Main;
IMPORT IO, Fmt;
TYPE Day = {Mon, Tue, Wed};
VAR n := 10; c := 'a'; d := Day.Mon;
BEGIN
  INC(n); DEC(n, 5); INC(c, 2); INC(d);
  IO.Put(Fmt.Int(n) & " " & Fmt.Char(c) & " " & Fmt.Int(ORD(d)) & "\n")
END IncDec.
