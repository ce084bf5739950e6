(* VAL(ORD(x), T) = x for every value of an enumeration, CHAR and BOOLEAN. *)
MODULE ValOrdRoundTrip EXPORTS Main;
IMPORT IO, Fmt;
TYPE Suit = {Clubs, Diamonds, Hearts, Spades};
VAR ok := 0;
BEGIN
  FOR s := FIRST(Suit) TO LAST(Suit) DO
    IF VAL(ORD(s), Suit) = s THEN INC(ok) END
  END;
  FOR c := FIRST(CHAR) TO LAST(CHAR) DO
    IF VAL(ORD(c), CHAR) = c THEN INC(ok) END
  END;
  IF VAL(1, BOOLEAN) AND NOT VAL(0, BOOLEAN) THEN INC(ok) END;
  IO.Put(Fmt.Int(ok) & "\n");
  IO.Put(Fmt.Int(ORD(Suit.Hearts)) & " " & Fmt.Char(VAL(ORD('a') - 32, CHAR)) & " " & Fmt.Int(ORD(TRUE)) & "\n")
END ValOrdRoundTrip.
