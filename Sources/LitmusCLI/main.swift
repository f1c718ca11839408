print("litmus")
