(* A constant subscript outside the index type is found at compile time. *)
MODULE SubscriptOutOfRange EXPORTS Main;

VAR a: ARRAY [1 .. 3] OF INTEGER;

BEGIN
  a[4] := 0;
END SubscriptOutOfRange.
