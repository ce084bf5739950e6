(* A module full of comments. (* Nested comments (* nest deeply *) *) are fine. *)
MODULE Comments; (* after the header *)

(* "a text inside a comment" and 'x' are not literals *)
VAR x (* between *) : INTEGER (* and here *) := 1;

BEGIN
  (* an empty body (* with a nested aside *) *)
  x := x (* mid-expression *) + 1
END Comments.
(* trailing comment *)
