(* Declarations in a scope may refer to each other in any order: procedures, types and constants. *)
MODULE MutualRecursion EXPORTS Main;

IMPORT IO;

CONST Limit = Base * 2;
CONST Base = 5;

PROCEDURE IsEven (n: CARDINAL): BOOLEAN =
  BEGIN
    IF n = 0 THEN RETURN TRUE ELSE RETURN IsOdd(n - 1) END;
  END IsEven;

PROCEDURE IsOdd (n: CARDINAL): BOOLEAN =
  BEGIN
    IF n = 0 THEN RETURN FALSE ELSE RETURN IsEven(n - 1) END;
  END IsOdd;

BEGIN
  IF IsEven(Limit) THEN IO.Put("even\n") END;
END MutualRecursion.
