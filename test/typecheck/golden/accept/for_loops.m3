(* FOR: the control variable is read-only, takes the bounds' type (INTEGER or an enumeration),
   and steps by BY (which may be negative). *)
MODULE ForLoops EXPORTS Main;

IMPORT IO, Fmt;

TYPE Suit = {Clubs, Diamonds, Hearts, Spades};

VAR total := 0;

BEGIN
  FOR i := 10 TO 0 BY -2 DO total := total + i END;
  FOR s := Suit.Diamonds TO LAST(Suit) DO total := total + ORD(s) END;
  FOR c := 'a' TO 'e' DO IO.Put(Fmt.Char(c)) END;
  IO.Put(Fmt.Int(total) & "\n");
END ForLoops.
