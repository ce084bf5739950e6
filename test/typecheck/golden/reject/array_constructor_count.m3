(* A fixed array constructor gives every element, or ends with ".." to repeat the last. *)
MODULE ArrayConstructorCount EXPORTS Main;

TYPE Triple = ARRAY [1 .. 3] OF INTEGER;

VAR t := Triple{1, 2};

BEGIN
  EVAL t;
END ArrayConstructorCount.
