(* Text concatenation allocates a new text, so a FUNCTIONAL procedure cannot use it. *)
MODULE FunctionalConcatenates EXPORTS Main;

FUNCTIONAL PROCEDURE Label (t: TEXT): TEXT =
  BEGIN
    RETURN "<" & t;
  END Label;

BEGIN
  EVAL Label("x");
END FunctionalConcatenates.
