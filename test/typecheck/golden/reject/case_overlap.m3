(* CASE labels may not overlap; the message names both labels. *)
MODULE CaseOverlap EXPORTS Main;

VAR n := 4;

BEGIN
  CASE n OF
  | 1 .. 5 => n := 0;
  | 4 => n := 1;
  ELSE
  END;
END CaseOverlap.
