(* CASE labels must be constant expressions. *)
MODULE CaseLabelNotConstant EXPORTS Main;

VAR n, limit := 4;

BEGIN
  CASE n OF
  | limit => n := 0;
  ELSE
  END;
END CaseLabelNotConstant.
