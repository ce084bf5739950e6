MODULE Cons;
VAR s := F(1){2, 3};
BEGIN
END Cons.
