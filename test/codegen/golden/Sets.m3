(* Sets: constructors with ranges, IN, union, intersection, difference, subset tests. *)
MODULE Sets EXPORTS Main;
IMPORT IO, Fmt;
TYPE Digit = [0 .. 9]; Digits = SET OF Digit;
VAR even := Digits{0, 2, 4, 6, 8}; low := Digits{0 .. 4};
PROCEDURE Show (s: Digits) =
  BEGIN
    FOR d := FIRST(Digit) TO LAST(Digit) DO IF d IN s THEN IO.Put(Fmt.Int(d)) END END;
    IO.Put(" ")
  END Show;
BEGIN
  Show(even + low); Show(even * low); Show(even - low); Show(even / low);
  IO.Put(Fmt.Bool(Digits{2, 4} <= even) & " " & Fmt.Bool(low <= even) & " " & Fmt.Bool(even = even) & "\n")
END Sets.
