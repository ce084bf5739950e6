(* A CASE label must have the selector's type. *)
MODULE CaseLabelWrongType EXPORTS Main;

TYPE Color = {Red, Green};

VAR c := Color.Red;

BEGIN
  CASE c OF
  | Color.Red => c := Color.Green;
  | 'x' => c := Color.Red;
  ELSE
  END;
END CaseLabelWrongType.
