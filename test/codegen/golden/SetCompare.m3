(* Sets compare by inclusion: <= subset, < proper subset, >= superset, = equal contents. *)
MODULE SetCompare EXPORTS Main;
IMPORT IO, Fmt;
TYPE S = SET OF [0 .. 15];
VAR a := S{1, 2}; b := S{1, 2, 3}; c := S{2, 1};
BEGIN
  IO.Put(Fmt.Bool(a <= b) & " " & Fmt.Bool(a < b) & " " & Fmt.Bool(b < b) & " " & Fmt.Bool(b >= a) & "\n");
  IO.Put(Fmt.Bool(a = c) & " " & Fmt.Bool(a # b) & " " & Fmt.Bool(S{} <= a) & " " & Fmt.Bool(b <= a) & "\n");
  IO.Put(Fmt.Bool(3 IN b) & " " & Fmt.Bool(3 IN a) & " " & Fmt.Bool(15 IN S{0 .. 15}) & "\n")
END SetCompare.
