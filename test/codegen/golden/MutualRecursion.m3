(* Procedures may call each other before their declaration. *)
MODULE MutualRecursion EXPORTS Main;
IMPORT IO, Fmt;
PROCEDURE IsEven (n: CARDINAL): BOOLEAN = BEGIN IF n = 0 THEN RETURN TRUE ELSE RETURN IsOdd(n - 1) END END IsEven;
PROCEDURE IsOdd (n: CARDINAL): BOOLEAN = BEGIN IF n = 0 THEN RETURN FALSE ELSE RETURN IsEven(n - 1) END END IsOdd;
BEGIN
  IO.Put(Fmt.Bool(IsEven(10)) & " " & Fmt.Bool(IsOdd(7)) & " " & Fmt.Bool(IsEven(3)) & "\n")
END MutualRecursion.
