(* CASE with lists and ranges of labels, dense enough for a branch table, and ELSE. *)
MODULE CaseRanges EXPORTS Main;
IMPORT IO;
PROCEDURE Classify (n: INTEGER): TEXT =
  BEGIN
    CASE n OF
    | 0 => RETURN "zero"
    | 1, 3, 5, 7, 9 => RETURN "odd"
    | 2, 4, 6, 8 => RETURN "even"
    | 10 .. 99 => RETURN "two digits"
    ELSE RETURN "other"
    END
  END Classify;
PROCEDURE Sparse (n: INTEGER): TEXT =
  BEGIN
    CASE n OF
    | -1000000 => RETURN "minus a million"
    | 1000000 => RETURN "a million"
    ELSE RETURN "neither"
    END
  END Sparse;
BEGIN
  IO.Put(Classify(0) & ", " & Classify(7) & ", " & Classify(8) & ", " & Classify(42) & ", " & Classify(-1) & ", " & Classify(100) & "\n");
  IO.Put(Sparse(1000000) & ", " & Sparse(-1000000) & ", " & Sparse(3) & "\n")
END CaseRanges.
