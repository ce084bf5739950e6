(* b > a: every member of a is in b and b has more. A set is never a proper superset of itself,
   and two sets that each have a member the other lacks are not ordered either way. *)
MODULE SetProperSuperset EXPORTS Main;
IMPORT IO, Fmt;
TYPE S = SET OF [0 .. 15];
VAR a := S{1, 2}; b := S{1, 2, 3}; d := S{4};
BEGIN
  IO.Put(Fmt.Bool(b > a) & " " & Fmt.Bool(a > b) & " " & Fmt.Bool(b > b) & "\n");
  IO.Put(Fmt.Bool(a > d) & " " & Fmt.Bool(d > a) & " " & Fmt.Bool(a > S{}) & "\n")
END SetProperSuperset.
