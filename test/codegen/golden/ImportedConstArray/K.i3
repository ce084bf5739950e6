(* Structured constants of an interface with no implementation module. *)
INTERFACE K;
TYPE Pair = RECORD a, b: INTEGER END;
CONST
  Nums = ARRAY [0 .. 1] OF INTEGER{3, 4};
  Names = ARRAY [0 .. 1] OF TEXT{"a", "b"};
  Days = ARRAY [1 .. 3] OF CHAR{'x', 'y', 'z'};
  Pairs = ARRAY [0 .. 1] OF Pair{Pair{1, 2}, Pair{3, 4}};
  Origin = Pair{10, 20};
  Open = ARRAY OF INTEGER{5, 6, 7};
END K.
